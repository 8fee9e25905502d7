// Writing YAML values: a scalar in the style it needs (yaml_scalar), and the
// new keys an edit inserts (internal::NewTree), built from the paths assigned,
// years in order, written as flow text. Shared pieces: edit/editor.hpp.
#include "edit/editor.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <utf8proc.h>

#include "yplan/values.hpp"

namespace yplan {

using internal::is_null_word;

namespace {

// A character YAML does not allow as it is (YAML 1.2 §5.1 c-printable: C0
// controls but tab and line breaks, DEL, C1 controls, U+FFFE, U+FFFF), or
// that readers of YAML 1.1 (PyYAML) read as a line break (NEL, U+2028,
// U+2029), or that cannot be seen (U+FEFF): written escaped.
bool needs_escape(uint32_t cp) {
  return (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

// The code point that starts at v[i] and its length in bytes (a byte that
// is not UTF-8 counts as itself, one byte long; set checks UTF-8 before).
uint32_t code_point(const std::string& v, size_t i, size_t& len) {
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(v.data() + i),
                                              static_cast<utf8proc_ssize_t>(v.size() - i), &cp);
  if (n <= 0) {
    len = 1;
    return static_cast<unsigned char>(v[i]);
  }
  len = static_cast<size_t>(n);
  return static_cast<uint32_t>(cp);
}

// Written double-quoted: anything escaped, and a tab or line break (\t, \n).
bool any_needs_escape(const std::string& v) {
  for (size_t i = 0, len = 0; i < v.size(); i += len) {
    const uint32_t cp = code_point(v, i, len);
    if (cp < 0x20 || needs_escape(cp)) return true;
  }
  return false;
}

std::string double_quoted(const std::string& v) {
  std::string o = "\"";
  for (size_t i = 0, len = 0; i < v.size(); i += len) {
    const uint32_t cp = code_point(v, i, len);
    switch (cp) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (!needs_escape(cp)) o.append(v, i, len);
        else if (cp < 0x100) o += fmt::format("\\x{:02x}", cp);
        else o += fmt::format("\\u{:04x}", cp);
    }
  }
  return o + "\"";
}

std::string single_quoted(const std::string& v) {
  std::string o = "'";
  for (char c : v) o += c == '\'' ? std::string("''") : std::string(1, c);
  return o + "'";
}

// Read plain, not a string: null, a boolean of YAML 1.2 or 1.1, or
// something number-like (a digit after an optional sign or dot: numbers,
// dates, times, 0x10), .inf and .nan.
bool typed_plain(const std::string& v) {
  if (is_null_word(v) || parse_number(v)) return true;
  std::string low;
  for (char c : v) low += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const char* w : {"true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "+.inf", "-.inf", ".nan"})
    if (low == w) return true;
  size_t i = !low.empty() && (low[0] == '+' || low[0] == '-') ? 1 : 0;
  if (i < low.size() && low[i] == '.') ++i;
  return i < low.size() && low[i] >= '0' && low[i] <= '9';
}

}  // namespace

std::string yaml_scalar(const std::string& v, bool in_flow, char quote) {
  if (is_null_word(v)) return v;  // null stays a null, whatever the old style
  if (quote == '"' || any_needs_escape(v)) return double_quoted(v);
  if (quote == '\'') return single_quoted(v);
  bool plain = !v.empty() && v.front() != ' ' && v.back() != ' ' && v.front() != '\t' && v.back() != '\t';
  if (plain) {
    const std::string_view indicators = "?:,[]{}#&*!|>'\"%@`";
    char f = v.front();
    if (indicators.find(f) != std::string_view::npos) plain = false;
    if (f == '-' && (v.size() == 1 || v[1] == ' ')) plain = false;
    if (v.find(": ") != std::string::npos || v.find(" #") != std::string::npos || v.back() == ':') plain = false;
    if (in_flow && v.find_first_of(",[]{}") != std::string::npos) plain = false;
  }
  return plain ? v : double_quoted(v);
}

std::string yaml_string(const std::string& v, bool in_flow, char quote) {
  if (!typed_plain(v)) return yaml_scalar(v, in_flow, quote);
  return quote == '\'' && !any_needs_escape(v) ? single_quoted(v) : double_quoted(v);
}

namespace internal {

void put(NewTree& t, const std::vector<std::string>& path, size_t i, const std::string& value) {
  if (i == path.size()) {
    t.leaf = true;
    t.value = value;
    return;
  }
  t.leaf = false;
  for (auto& sub : t.keys)
    if (sub.key == path[i]) return put(sub, path, i + 1, value);
  t.keys.push_back(NewTree{path[i], {}, {}, true});
  put(t.keys.back(), path, i + 1, value);
}

void sort_years(NewTree& t) {
  std::stable_sort(t.keys.begin(), t.keys.end(), [](const NewTree& a, const NewTree& b) {
    auto ya = parse_year(a.key), yb = parse_year(b.key);
    if (ya && yb) return ya->year < yb->year;
    return false;
  });
  for (auto& sub : t.keys) sort_years(sub);
}

std::string render_flow(const NewTree& t, bool in_flow) {
  if (t.leaf) return yaml_scalar(t.value, in_flow);
  std::string o = "{";
  for (size_t i = 0; i < t.keys.size(); ++i) {
    if (i) o += ", ";
    o += yaml_scalar(t.keys[i].key, true) + ": " + render_flow(t.keys[i], true);
  }
  return o + "}";
}

}  // namespace internal

}  // namespace yplan

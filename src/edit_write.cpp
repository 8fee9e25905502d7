// Writing YAML values: a scalar in the style it needs (yaml_scalar), and the
// new keys an edit inserts (internal::NewTree), built from the paths assigned,
// years in order, written as flow text. Shared pieces: internal/editor.hpp.
#include "internal/editor.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "yplan/values.hpp"

namespace yplan {

using internal::is_null_word;

std::string yaml_scalar(const std::string& v, bool in_flow, char quote) {
  auto double_quoted = [&] {
    std::string o = "\"";
    for (char c : v) {
      switch (c) {
        case '"': o += "\\\""; break;
        case '\\': o += "\\\\"; break;
        case '\n': o += "\\n"; break;
        case '\r': o += "\\r"; break;
        case '\t': o += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) o += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
          else o += c;
      }
    }
    return o + "\"";
  };
  if (is_null_word(v)) return v;  // null stays a null, whatever the old style
  bool has_control = std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  if (quote == '"' || has_control) return double_quoted();
  if (quote == '\'') {
    std::string o = "'";
    for (char c : v) o += c == '\'' ? std::string("''") : std::string(1, c);
    return o + "'";
  }
  bool plain = !v.empty() && v.front() != ' ' && v.back() != ' ' && v.front() != '\t' && v.back() != '\t';
  if (plain) {
    const std::string_view indicators = "?:,[]{}#&*!|>'\"%@`";
    char f = v.front();
    if (indicators.find(f) != std::string_view::npos) plain = false;
    if (f == '-' && (v.size() == 1 || v[1] == ' ')) plain = false;
    if (v.find(": ") != std::string::npos || v.find(" #") != std::string::npos || v.back() == ':') plain = false;
    if (in_flow && v.find_first_of(",[]{}") != std::string::npos) plain = false;
  }
  return plain ? v : double_quoted();
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

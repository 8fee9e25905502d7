#include "yplan/text.hpp"

#include <algorithm>
#include <vector>
#include <utf8proc.h>

namespace yplan {

namespace {
// Decodes one code point at s[i]; returns its length (1 for a bad byte).
size_t next_cp(std::string_view s, size_t i, utf8proc_int32_t& cp) {
  utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (len <= 0) {
    cp = -1;
    return 1;
  }
  return static_cast<size_t>(len);
}
int g_ambiguous = 1;
size_t cp_width(utf8proc_int32_t cp) {
  if (cp < 0) return 1;
  int w = utf8proc_charwidth(cp);
  if (w == 1 && g_ambiguous == 2 && east_asian_ambiguous(cp)) return 2;
  return w < 0 ? 0 : static_cast<size_t>(w);
}
}  // namespace

void set_ambiguous_width(int columns) { g_ambiguous = columns == 2 ? 2 : 1; }
int ambiguous_width() { return g_ambiguous; }

std::string escape_control(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string o;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    auto u = static_cast<unsigned char>(c);
    // C1 controls (U+0080–U+009F: CSI, NEL…) are as dangerous to a terminal as C0.
    if (u == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      auto v = static_cast<unsigned char>(s[++i]);
      o += std::string("\\u00") + hex[v >> 4] + hex[v & 15];
      continue;
    }
    if (c == '\n') o += "\\n";
    else if (c == '\r') o += "\\r";
    else if (c == '\t') o += "\\t";
    else if (u < 0x20 || u == 0x7f) o += std::string("\\x") + hex[u >> 4] + hex[u & 15];
    else o += c;
  }
  return o;
}

std::vector<std::string> escaped_lines(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t nl = s.find('\n', start);
    std::string_view part = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!part.empty() && part.back() == '\r') part.remove_suffix(1);
    out.push_back(escape_control(part));
    if (nl == std::string_view::npos || nl + 1 == s.size()) break;  // a final newline ends the text
    start = nl + 1;
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') return false;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

size_t display_width(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++w;
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    i += next_cp(s, i, cp);
    w += cp_width(cp);
  }
  return w;
}

std::string truncate_to_width(std::string_view s, size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return "";
  const size_t ellipsis = cp_width(0x2026);  // "…" is ambiguous: one column, or two
  size_t w = 0, i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    size_t len = next_cp(s, i, cp);
    size_t cw = cp_width(cp);
    if (w + cw + ellipsis > width) break;
    w += cw;
    i += len;
  }
  return std::string(s.substr(0, i)) + "…";
}

std::vector<std::string> wrap_to_width(std::string_view s, size_t width, size_t indent) {
  std::vector<std::string> lines;
  if (width <= indent + 1) indent = 0;
  std::string line;
  size_t w = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') {  // no trailing blanks where a line breaks
      line.pop_back();
      --w;
    }
    lines.push_back(std::move(line));
    line = std::string(indent, ' ');
    w = indent;
  };
  size_t i = 0;
  while (i < s.size()) {
    // The next word: up to and including a run of spaces.
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    while (j < s.size() && s[j] == ' ') ++j;
    std::string_view word = s.substr(i, j - i);
    std::string_view bare = word.substr(0, word.find_last_not_of(' ') + 1);
    const size_t ww = display_width(bare);
    const bool fits_a_line = ww + indent <= width;  // else it is broken wherever it stands
    if (w + ww > width && fits_a_line && w > (lines.empty() ? 0 : indent)) flush();
    if (w + ww <= width) {
      line += word;
      w += display_width(word);
      i = j;
      continue;
    }
    // A word longer than a line: break it between characters.
    while (i < j) {
      utf8proc_int32_t cp;
      size_t len = next_cp(s, i, cp);
      size_t cw = cp_width(cp);
      if (w + cw > width && w > (lines.empty() ? 0 : indent)) flush();
      if (s[i] == ' ' && w == indent && !lines.empty()) {  // no blank at the start of a continuation
        i += len;
        continue;
      }
      line.append(s.substr(i, len));
      w += cw;
      i += len;
    }
  }
  if (!line.empty() && (lines.empty() || line.size() > indent)) flush();
  if (lines.empty()) lines.emplace_back();
  return lines;
}

std::string pad(std::string_view s, size_t width, bool right_align) {
  size_t w = display_width(s);
  std::string fill(w < width ? width - w : 0, ' ');
  return right_align ? fill + std::string(s) : std::string(s) + fill;
}

namespace {
std::vector<utf8proc_int32_t> code_points(std::string_view s) {
  std::vector<utf8proc_int32_t> out;
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    i += next_cp(s, i, cp);
    out.push_back(cp);
  }
  return out;
}
}  // namespace

// Over code points, so that one Japanese character mistyped is one edit.
size_t edit_distance(std::string_view sa, std::string_view sb) {
  const auto a = code_points(sa), b = code_points(sb);
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string nearest(std::string_view word, std::span<const std::string_view> candidates) {
  std::string best;
  size_t best_d = SIZE_MAX;
  for (auto c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = std::string(c);
    }
  }
  // Suggest only what is plausibly a typo: at most a third of the word wrong
  // (one slip in a word of up to five characters, two from six: "formt" is
  // "format", but "bogus" is not "jobs", nor "foo" "fix"). A word of one
  // character has no slip to make: any other word is as near as the next.
  const size_t len = code_points(word).size();
  size_t limit = len <= 1 ? 0 : std::max<size_t>(1, len / 3);
  return best_d <= limit ? best : std::string();
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string_view> views(candidates.begin(), candidates.end());
  return nearest(word, std::span<const std::string_view>(views));
}

}  // namespace yplan

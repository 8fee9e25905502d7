// The YAML mistakes new users make, explained (see yaml/mistakes.hpp).
//
// yaml-cpp reports where it gave up ("illegal map value" on the line after a
// full-width space); the mistake is usually on that line or the one above.
// Each explainer below recognises one mistake from the text alone and names
// its cause at the cause's own line and column. (A file that is not UTF-8
// is recognised in file_encoding.cpp; invisible characters in a key are in
// invisible_chars.cpp.)
#include "yaml/mistakes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <vector>

#include "yplan/i18n.hpp"

namespace yplan::yaml::mistakes {
namespace {

struct Line {
  size_t start = 0;       // byte offset of the line in the text
  std::string_view text;  // without the newline (and a CR before it)
};

std::vector<Line> split_lines(const std::string& t) {
  std::vector<Line> out;
  size_t start = 0;
  while (start <= t.size()) {
    size_t nl = t.find('\n', start);
    size_t end = nl == std::string::npos ? t.size() : nl;
    std::string_view s(t.data() + start, end - start);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    out.push_back({start, s});
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

size_t indent_of(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

bool blank_or_comment(std::string_view s) {
  size_t i = s.find_first_not_of(" \t");
  return i == std::string_view::npos || s[i] == '#';
}

// The text with a trailing comment (` #...`) and trailing blanks removed.
std::string_view strip_comment(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
      s = s.substr(0, i);
      break;
    }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Column (0-based, in bytes) where a line's content starts, after its
// indentation and any "- " sequence markers.
size_t content_col(std::string_view s) {
  size_t i = indent_of(s);
  while (i < s.size() && s[i] == '-' && (i + 1 == s.size() || s[i + 1] == ' ')) {
    ++i;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  return i;
}

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// Length of a plan key written as `word:` (followed by a space or the end)
// at the start of `s`; 0 when `s` does not start so.
size_t key_length(std::string_view s) {
  if (s.empty() || !ident_start(s[0])) return 0;
  size_t i = 1;
  while (i < s.size() && ident_char(s[i])) ++i;
  if (i < s.size() && s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) return i;
  return 0;
}

bool key_line(std::string_view s) { return key_length(s.substr(content_col(s))) > 0; }

// Does a block scalar (`key: |`, `- >-`) start on this line?
bool opens_block_scalar(std::string_view s) {
  std::string_view c = strip_comment(s);
  size_t i = c.size();
  while (i > 0 && (c[i - 1] == '-' || c[i - 1] == '+' || (c[i - 1] >= '1' && c[i - 1] <= '9'))) --i;
  if (i == 0 || (c[i - 1] != '|' && c[i - 1] != '>')) return false;
  --i;
  return i == 0 || c[i - 1] == ' ';
}

// What the explainers know of each line: inside a block scalar, or inside a
// string quoted over several lines.
struct Layout {
  std::vector<Line> lines;
  std::vector<bool> skip;  // block scalar content or quoted-string continuation
  struct Span {
    size_t open;   // offset of the opening quote
    size_t close;  // offset just past the closing quote; npos when never closed
  };
  std::vector<Span> multiline;  // quoted strings that do not close on their line

  size_t line_of(size_t offset) const {
    auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                               [](size_t o, const Line& l) { return o < l.start; });
    return static_cast<size_t>(it - lines.begin()) - 1;  // 0-based
  }
};

Layout layout(const std::string& t) {
  Layout L;
  L.lines = split_lines(t);
  L.skip.assign(L.lines.size(), false);
  int flow = 0;
  long block_indent = -1;  // indentation of the line that opened a block scalar
  for (size_t li = 0; li < L.lines.size(); ++li) {
    std::string_view s = L.lines[li].text;
    if (block_indent >= 0) {
      if (blank_or_comment(s) && s.find_first_not_of(' ') == std::string_view::npos) {
        L.skip[li] = true;
        continue;
      }
      if (static_cast<long>(indent_of(s)) > block_indent) {
        L.skip[li] = true;
        continue;
      }
      block_indent = -1;
    }
    if (L.skip[li]) continue;
    bool value_start = true;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      char next = i + 1 < s.size() ? s[i + 1] : ' ';
      if (c == ' ' || c == '\t') continue;
      if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) break;
      if ((c == '"' || c == '\'') && value_start) {
        size_t open = L.lines[li].start + i;
        size_t end = quoted_scalar_end(t, open);
        size_t end_line = end == std::string_view::npos ? L.lines.size() - 1 : L.line_of(end - 1);
        if (end_line != li) {
          L.multiline.push_back({open, end});
          for (size_t k = li + 1; k <= end_line && k < L.lines.size(); ++k) L.skip[k] = true;
          if (end == std::string_view::npos) return L;
          // Go on scanning the closing line after its quote.
          li = end_line;
          s = L.lines[li].text;
          i = end - L.lines[li].start - 1;
        } else {
          i = end - L.lines[li].start - 1;
        }
        value_start = false;
        continue;
      }
      if (c == '-' && value_start && next == ' ') continue;
      if (c == '?' && value_start && next == ' ') continue;
      if (c == ':' && (next == ' ' || (flow > 0 && (next == ',' || next == '}' || next == ']')))) {
        value_start = true;
        continue;
      }
      if (c == '[' || c == '{') {
        ++flow;
        value_start = true;
        continue;
      }
      if ((c == ']' || c == '}') && flow > 0) {
        --flow;
        value_start = false;
        continue;
      }
      if (c == ',' && flow > 0) {
        value_start = true;
        continue;
      }
      if ((c == '&' || c == '!') && value_start) {
        while (i + 1 < s.size() && s[i + 1] != ' ') ++i;
        continue;
      }
      value_start = false;
    }
    if (flow == 0 && opens_block_scalar(s)) block_indent = static_cast<long>(indent_of(s));
  }
  return L;
}

void set(ParseError& err, const SourceFile& src, size_t offset, std::string message, std::string help) {
  err.pos = src.pos_at_offset(offset);
  err.message = std::move(message);
  err.help = std::move(help);
}

// A string quoted over several lines whose continuation reads as a key, or
// whose closing quote is followed by more text (it closed another string's
// opening quote).
bool quote_runs_on(const SourceFile& src, const Layout& L, size_t last_line, bool after_text_counts,
                   ParseError& err) {
  for (auto it = L.multiline.rbegin(); it != L.multiline.rend(); ++it) {
    size_t open_line = L.line_of(it->open);
    if (open_line > last_line) continue;
    size_t close_line = it->close == std::string_view::npos ? L.lines.size() - 1 : L.line_of(it->close - 1);
    bool suspicious = it->close == std::string_view::npos;
    for (size_t k = open_line + 1; k <= close_line && !suspicious; ++k) {
      std::string_view s = L.lines[k].text;
      if (k == close_line) s = s.substr(0, it->close - 1 - L.lines[k].start);
      if (key_line(s)) suspicious = true;
    }
    if (!suspicious && after_text_counts && it->close != std::string_view::npos) {
      const Line& cl = L.lines[close_line];
      std::string_view rest = strip_comment(cl.text.substr(it->close - cl.start));
      size_t i = rest.find_first_not_of(" \t");
      if (i != std::string_view::npos && rest[i] != ',' && rest[i] != '}' && rest[i] != ']' && rest[i] != ':')
        suspicious = true;
    }
    if (!suspicious) continue;
    char q = src.text[it->open];
    std::string message =
        it->close == std::string_view::npos
            ? trf("the string quoted here with {} is never closed", q)
            : trf("the string quoted here with {} is not closed on this line: it runs on to line {}", q,
                  close_line + 1);
    set(err, src, it->open, std::move(message),
        tr("close the quote on the line where it opens; for text over several lines write `key: |` and "
           "indent the lines below it"));
    return true;
  }
  return false;
}

// The significant lines to look at: the error's line, then the one above.
std::vector<size_t> around(const Layout& L, size_t line0) {
  std::vector<size_t> out;
  if (line0 < L.lines.size() && !L.skip[line0]) out.push_back(line0);
  for (size_t k = std::min(line0, L.lines.size()); k-- > 0;) {
    if (L.skip[k] || blank_or_comment(L.lines[k].text)) continue;
    out.push_back(k);
    break;
  }
  return out;
}

bool tab_in_indent(const SourceFile& src, const Layout& L, const std::vector<size_t>& lines, ParseError& err) {
  for (size_t k : lines) {
    std::string_view s = L.lines[k].text;
    size_t ws = s.find_first_not_of(" \t");
    if (ws == std::string_view::npos) continue;
    size_t tab = s.substr(0, ws).find('\t');
    if (tab == std::string_view::npos) continue;
    std::string message = s[ws] == '-' ? tr("a tab before `-`: YAML indents with spaces only, never with tabs")
                                       : tr("a tab in the indentation: YAML indents with spaces only, never with tabs");
    set(err, src, L.lines[k].start + tab, std::move(message),
        tr("replace the tab with spaces, so that the line lines up with the ones it belongs with"));
    return true;
  }
  return false;
}

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

bool full_width_indent(const SourceFile& src, const Layout& L, const std::vector<size_t>& lines, ParseError& err) {
  for (size_t k : lines) {
    std::string_view s = L.lines[k].text;
    size_t i = 0;
    while (i < s.size()) {
      if (s[i] == ' ' || s[i] == '\t') ++i;
      else if (s.substr(i, 3) == kIdeographicSpace) {
        set(err, src, L.lines[k].start + i,
            tr("a full-width space (U+3000) in the indentation: YAML indents with half-width spaces only"),
            tr("replace the full-width spaces at the start of the line with half-width ones (two for each), "
               "so that the line lines up with the ones it belongs with"));
        return true;
      } else {
        break;
      }
    }
  }
  return false;
}

bool colon_in_value(const SourceFile& src, const Layout& L, const std::vector<size_t>& lines, ParseError& err) {
  for (size_t k : lines) {
    std::string_view s = L.lines[k].text;
    size_t c = content_col(s);
    size_t klen = key_length(s.substr(c));
    if (!klen) continue;
    size_t v = c + klen + 1;
    while (v < s.size() && s[v] == ' ') ++v;
    std::string_view value = strip_comment(s.substr(v));
    if (value.empty() || std::string_view("\"'[{|>&*!").find(value[0]) != std::string_view::npos) continue;
    size_t colon = value.find(": ");
    if (colon == std::string_view::npos && value.back() == ':') colon = value.size() - 1;
    if (colon == std::string_view::npos) continue;
    std::string key(s.substr(c, klen));
    std::string quoted;
    for (char ch : value) {
      if (ch == '"' || ch == '\\') quoted += '\\';
      quoted += ch;
    }
    set(err, src, L.lines[k].start + v + colon,
        trf("`: ` inside the value of `{}` starts another key: a value with `: ` in it must be quoted", key),
        trf("quote the value: {}: \"{}\"", key, quoted));
    return true;
  }
  return false;
}

bool missing_colon(const SourceFile& src, const Layout& L, const std::vector<size_t>& lines, ParseError& err) {
  for (size_t k : lines) {
    std::string_view s = L.lines[k].text;
    size_t c = content_col(s);
    std::string_view body = strip_comment(s.substr(c));
    if (body.empty() || !ident_start(body[0])) continue;
    size_t w = 1;
    while (w < body.size() && ident_char(body[w])) ++w;
    if (w >= body.size() || (body[w] != ' ' && body[w] != '\t')) continue;
    if (body.find(": ") != std::string_view::npos || body.back() == ':') continue;
    size_t r = body.find_first_not_of(" \t", w);
    if (r == std::string_view::npos) continue;
    // It must stand where a key stands: lined up with a `key:` line next to it.
    bool sibling = false;
    for (size_t j : {k - 1, k + 1}) {
      for (size_t m = j; m < L.lines.size(); m = (j < k ? m - 1 : m + 1)) {
        if (L.skip[m] || blank_or_comment(L.lines[m].text)) continue;
        sibling = content_col(L.lines[m].text) == c && key_line(L.lines[m].text);
        break;
      }
      if (sibling) break;
    }
    if (!sibling) continue;
    std::string word(body.substr(0, w));
    set(err, src, L.lines[k].start + c + w,
        trf("`{}` has no colon after the key `{}`: a key is followed by `:` and a space", body, word),
        trf("write `{}: {}`", word, body.substr(r)));
    return true;
  }
  return false;
}

bool out_of_line(const SourceFile& src, const Layout& L, size_t k, ParseError& err) {
  if (k >= L.lines.size() || L.skip[k]) return false;
  std::string_view s = L.lines[k].text;
  if (blank_or_comment(s) || s.find_first_not_of(' ') == std::string_view::npos) return false;
  size_t n = indent_of(s);
  if (n < s.size() && s[n] != '-' && !key_line(s)) return false;
  // The line above, and the indentations the lines above leave open.
  size_t p = k;
  do {
    if (p == 0) return false;
    --p;
  } while (L.skip[p] || blank_or_comment(L.lines[p].text));
  std::string_view ps = L.lines[p].text;
  std::string_view pbody = strip_comment(ps);
  if (!pbody.empty() && (pbody.back() == ':' || pbody.back() == '-')) return false;  // opens a block: deeper is fine
  std::vector<std::pair<size_t, size_t>> levels = {{content_col(ps), p}, {indent_of(ps), p}};
  size_t limit = indent_of(ps);
  for (size_t q = p; q-- > 0 && limit > 0;) {
    if (L.skip[q] || blank_or_comment(L.lines[q].text)) continue;
    size_t qi = indent_of(L.lines[q].text);
    if (qi >= limit) continue;
    levels.push_back({content_col(L.lines[q].text), q});
    levels.push_back({qi, q});
    limit = qi;
  }
  for (const auto& lv : levels)
    if (lv.first == n) return false;
  auto best = levels.front();
  for (const auto& lv : levels) {
    auto dist = [&](size_t a) { return a > n ? a - n : n - a; };
    if (dist(lv.first) < dist(best.first)) best = lv;
  }
  size_t d = best.first > n ? best.first - n : n - best.first;
  if (d > 2) return false;
  std::string what(s[n] == '-' ? std::string_view("-") : s.substr(n, key_length(s.substr(n)) + 1));
  std::string message =
      n > best.first
          ? trf("`{}` is indented {} spaces, {} more than line {} ({}), so YAML reads it as part of the value above",
                what, n, d, best.second + 1, best.first)
          : trf("`{}` is indented {} spaces, {} fewer than line {} ({}), so it belongs to no mapping above", what,
                n, d, best.second + 1, best.first);
  set(err, src, L.lines[k].start + n, std::move(message),
      trf("indent `{}` by {} spaces, like line {}", what, best.first, best.second + 1));
  return true;
}

}  // namespace

bool explain_syntax_error(const SourceFile& src, ParseError& err) {
  Layout L = layout(src.text);
  size_t line0 = err.pos.line ? err.pos.line - 1 : 0;
  if (line0 >= L.lines.size()) line0 = L.lines.empty() ? 0 : L.lines.size() - 1;
  if (quote_runs_on(src, L, line0, true, err)) return true;
  std::vector<size_t> lines = around(L, line0);
  if (tab_in_indent(src, L, lines, err) || full_width_indent(src, L, lines, err) ||
      colon_in_value(src, L, lines, err))
    return true;
  std::vector<size_t> above_first(lines.rbegin(), lines.rend());
  if (missing_colon(src, L, above_first, err)) return true;
  if (out_of_line(src, L, line0, err)) return true;
  err.help = tr("check the indentation and the `key: value` pairs on this line and the one above");
  return false;
}

bool multiline_quote(const SourceFile& src, const Document& doc, ParseError& err) {
  // Most plans have no quoted string over several lines: look at the text
  // line by line only when the tree has one.
  bool any = false;
  for (const Node& n : doc.nodes) {
    if (n.kind != Kind::scalar || !n.quoted || n.pos.offset >= src.text.size()) continue;
    char q = src.text[n.pos.offset];
    if (q != '"' && q != '\'') continue;
    size_t end = quoted_scalar_end(src.text, n.pos.offset);
    if (end != std::string_view::npos &&
        std::string_view(src.text).substr(n.pos.offset, end - n.pos.offset).find('\n') != std::string_view::npos) {
      any = true;
      break;
    }
  }
  if (!any) return false;
  Layout L = layout(src.text);
  if (L.multiline.empty()) return false;
  return quote_runs_on(src, L, L.lines.size(), false, err);
}

}  // namespace yplan::yaml::mistakes

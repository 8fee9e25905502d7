// The editor's reading of the text's layout: where a value's bytes are (its
// exact span, past an anchor or a tag), why one cannot be edited in place, and
// where new bytes go (after an empty value's colon, after a flow value, at the
// end of a block map entry). Shared pieces: edit/editor.hpp.
#include "edit/editor.hpp"

#include <algorithm>

#include "yplan/i18n.hpp"

namespace yplan {

using yaml::Kind;
using yaml::Node;
using internal::is_null_word;

bool Editor::in_flow(uint32_t node) const {
  uint32_t p = d_.parent_[node];
  return p != node && doc_.node(p).flow;
}

size_t Editor::value_start(uint32_t idx) const {
  const std::string& t = d_.src_.text;
  size_t b = doc_.node(idx).pos.offset;
  while (b < t.size() && (t[b] == '&' || t[b] == '!')) {
    while (b < t.size() && t[b] != ' ' && t[b] != '\t' && t[b] != '\n' && t[b] != '\r') ++b;
    while (b < t.size() && (t[b] == ' ' || t[b] == '\t')) ++b;
    if (b >= t.size() || t[b] == '\n' || t[b] == '\r') return std::string::npos;
  }
  return b;
}

bool Editor::block_scalar(uint32_t idx, bool* keep) const {
  const Node& n = doc_.node(idx);
  if (n.kind != Kind::scalar || !n.quoted) return false;
  const std::string& t = d_.src_.text;
  size_t b = value_start(idx);
  if (b == std::string::npos) {  // `key: !!str` then the scalar on the next lines
    b = doc_.node(idx).pos.offset;
    while (b < t.size() && t[b] != '\n') ++b;
    while (b < t.size() && (t[b] == '\n' || t[b] == '\r' || t[b] == ' ' || t[b] == '\t')) ++b;
  }
  if (b >= t.size() || (t[b] != '|' && t[b] != '>')) return false;
  if (keep) {
    *keep = false;
    for (size_t i = b + 1; i < t.size() && t[i] != '\n' && t[i] != ' ' && t[i] != '#'; ++i)
      if (t[i] == '+') *keep = true;
  }
  return true;
}

std::string Editor::why_not_editable(const std::string& path, uint32_t idx) const {
  if (block_scalar(idx)) return trf("`{}` is a block scalar (| or >); yplan edits only single-line values", path);
  if (value_start(idx) == std::string::npos)
    return trf("`{}` has its anchor or tag on one line and its value on the next; yplan edits only single-line "
               "values",
               path);
  // A value written as nothing, where empty_value_point() found no colon to
  // write after: not several lines, so say what is there.
  if (doc_.node(idx).kind == Kind::null) {
    if (doc_.node(d_.parent_[idx]).kind == Kind::sequence)
      return trf("`{}` is a list item written as nothing (a `-` alone); yplan cannot write into it: write the "
                 "value after its `-` by hand",
                 path);
    return trf("`{}` is a key written without its colon and value (such as `? key`); write it as `key: value` by "
               "hand",
               path);
  }
  return trf("`{}` is written over several lines; yplan edits only single-line values", path);
}

std::optional<std::pair<size_t, size_t>> Editor::scalar_span(uint32_t idx) const {
  const Node& n = doc_.node(idx);
  const std::string& t = d_.src_.text;
  size_t b = value_start(idx);
  if (b == std::string::npos || b > t.size()) return std::nullopt;
  if (n.kind == Kind::scalar && n.quoted && b < t.size() && (t[b] == '"' || t[b] == '\'')) {
    size_t e = yaml::quoted_scalar_end(t, b);
    if (e == std::string_view::npos) return std::nullopt;
    // A quoted scalar that runs over several lines is edited as a whole too.
    return std::make_pair(b, e);
  }
  if (n.kind != Kind::scalar && n.kind != Kind::null) return std::nullopt;
  const bool flow = in_flow(idx);
  size_t e = b;
  while (e < t.size()) {
    char c = t[e];
    if (c == '\n' || c == '\r') break;
    if ((c == ' ' || c == '\t') && e + 1 < t.size() && t[e + 1] == '#') break;
    if (flow && (c == ',' || c == ']' || c == '}')) break;
    if (c == ':' && (e + 1 >= t.size() || t[e + 1] == ' ' || t[e + 1] == '\t' || t[e + 1] == '\n' ||
                     t[e + 1] == '\r' || (flow && (t[e + 1] == ',' || t[e + 1] == '}' || t[e + 1] == ']'))))
      break;
    ++e;
  }
  while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
  std::string_view span(t.data() + b, e - b);
  if (n.kind == Kind::null) {
    if (is_null_word(span)) return std::make_pair(b, e);
    return std::nullopt;  // an empty value: inserted after its key, see empty_value_point()
  }
  if (span != n.text) return std::nullopt;  // a plain scalar folded over several lines
  return std::make_pair(b, e);
}

std::optional<std::pair<size_t, size_t>> Editor::key_span(uint32_t value) const {
  const Node& map = doc_.node(d_.parent_[value]);
  if (map.kind != Kind::map) return std::nullopt;
  for (size_t i = 1; i < map.children.size(); i += 2)
    if (map.children[i] == value) return scalar_span(map.children[i - 1]);
  return std::nullopt;
}

std::optional<size_t> Editor::empty_value_point(uint32_t value) const {
  auto ks = key_span(value);
  if (!ks) return std::nullopt;
  const std::string& t = d_.src_.text;
  size_t c = ks->second;
  while (c < t.size() && (t[c] == ' ' || t[c] == '\t')) ++c;
  if (c >= t.size() || t[c] != ':') return std::nullopt;
  ++c;
  // `key: &a` or `key: !!str` with nothing after: the value goes after them.
  size_t after = c;
  for (;;) {
    size_t q = after;
    while (q < t.size() && (t[q] == ' ' || t[q] == '\t')) ++q;
    if (q >= t.size() || (t[q] != '&' && t[q] != '!')) break;
    while (q < t.size() && t[q] != ' ' && t[q] != '\t' && t[q] != '\n' && t[q] != '\r') ++q;
    after = q;
  }
  return after;
}

std::optional<size_t> Editor::bare_key_point(uint32_t value) const {
  const Node& map = doc_.node(d_.parent_[value]);
  if (map.kind != Kind::map || !map.flow || doc_.node(value).kind != Kind::null) return std::nullopt;
  auto ks = key_span(value);
  if (!ks) return std::nullopt;
  const std::string& t = d_.src_.text;
  size_t c = ks->second;
  while (c < t.size() && (t[c] == ' ' || t[c] == '\t')) ++c;
  // After the key comes the next entry or the end of the mapping; a colon
  // is empty_value_point()'s case.
  if (c >= t.size() || (t[c] != ',' && t[c] != '}' && t[c] != '\n' && t[c] != '\r')) return std::nullopt;
  return ks->second;
}

bool Editor::empty_value(uint32_t idx) const {
  const Node& n = doc_.node(idx);
  if (n.kind == Kind::null) return true;
  return n.kind == Kind::scalar && n.text.empty() && value_start(idx) == std::string::npos;
}

uint32_t Editor::last_leaf(uint32_t idx) const {
  for (;;) {
    const Node& n = doc_.node(idx);
    if ((n.kind != Kind::map && n.kind != Kind::sequence) || n.flow || n.children.empty()) return idx;
    idx = n.children.back();
  }
}

std::optional<size_t> Editor::node_end(uint32_t idx) const {
  const Node& n = doc_.node(idx);
  if (n.kind == Kind::scalar || n.kind == Kind::null) {
    if (auto s = scalar_span(idx)) return s->second;
    return std::nullopt;
  }
  if (!n.flow) return std::nullopt;
  const std::string& t = d_.src_.text;
  int depth = 0;
  for (size_t i = n.pos.offset; i < t.size(); ++i) {
    char c = t[i];
    if (c == '"' || c == '\'') {
      size_t e = yaml::quoted_scalar_end(t, i);
      if (e == std::string_view::npos) return std::nullopt;
      i = e - 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::nullopt;
}

size_t Editor::line_start(size_t off) const {
  const std::string& t = d_.src_.text;
  while (off > 0 && t[off - 1] != '\n') --off;
  return off;
}

size_t Editor::line_end_after(size_t off) const {  // just past the '\n' ending the line of `off`
  const std::string& t = d_.src_.text;
  size_t nl = t.find('\n', off);
  return nl == std::string::npos ? t.size() : nl + 1;
}

size_t Editor::indent_of_line(size_t start) const {
  const std::string& t = d_.src_.text;
  size_t i = start;
  while (i < t.size() && t[i] == ' ') ++i;
  return i - start;
}

std::string Editor::eol_near(size_t off) const {
  const std::string& t = d_.src_.text;
  size_t nl = t.find('\n', off);
  if (nl == std::string::npos) nl = t.rfind('\n');
  return nl != std::string::npos && nl > 0 && t[nl - 1] == '\r' ? "\r\n" : "\n";
}

size_t Editor::block_entry_end(uint32_t key) const {
  const std::string& t = d_.src_.text;
  size_t key_line = line_start(doc_.node(key).pos.offset);
  size_t key_indent = doc_.node(key).pos.offset - key_line;
  size_t end = line_end_after(doc_.node(key).pos.offset);
  // A flow or quoted value may run over several lines.
  uint32_t value = 0;
  const Node& map = doc_.node(d_.parent_[key]);
  for (size_t i = 0; i + 1 < map.children.size(); i += 2)
    if (map.children[i] == key) value = map.children[i + 1];
  if (auto e = node_end(value)) end = std::max(end, line_end_after(*e > 0 ? *e - 1 : 0));
  size_t committed = end;
  size_t pos = end;
  while (pos < t.size()) {
    size_t next = line_end_after(pos);
    std::string_view line(t.data() + pos, next - pos);
    size_t ind = 0;
    while (ind < line.size() && line[ind] == ' ') ++ind;
    bool blank = ind == line.size() || line[ind] == '\n' || line[ind] == '\r' || line[ind] == '#';
    if (!blank) {
      if (ind <= key_indent && line[ind] != '-') break;
      if (ind < key_indent) break;
      if (ind == key_indent && line[ind] == '-') {
        // a "- item" at the key's column belongs to this key's block list
      }
      committed = next;
    }
    pos = next;
  }
  // A kept block scalar (|+ or >+) at the end of the entry owns the blank
  // lines after it: a line inserted before them would take them from it.
  bool keep = false;
  if (block_scalar(last_leaf(value), &keep) && keep) {
    while (committed < t.size()) {
      size_t next = line_end_after(committed);
      if (t.find_first_not_of(" \t\r\n", committed) < next) break;
      committed = next;
    }
  }
  return committed;
}

std::optional<std::pair<size_t, size_t>> PlanDocument::scalar_span(uint32_t node) const {
  return Editor(*this).scalar_span(node);
}

bool PlanDocument::in_flow(uint32_t node) const { return Editor(*this).in_flow(node); }

}  // namespace yplan

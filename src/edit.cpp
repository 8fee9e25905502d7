// get/set on the YAML tree: path resolution, exact value spans, and edits that
// touch nothing but the bytes of the values assigned.
#include "yplan/edit.hpp"

#include "internal/yaml_mistakes.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "internal/edit_verify.hpp"

#include "yplan/i18n.hpp"
#include "yplan/text.hpp"
#include "yplan/values.hpp"

namespace yplan {

using yaml::Kind;
using yaml::Node;

namespace {

std::vector<std::string> split_dots(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t dot = s.find('.', start);
    out.push_back(s.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return out;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_null_word(std::string_view s) { return s == "null" || s == "Null" || s == "NULL" || s == "~"; }

}  // namespace

bool PlanDocument::open(SourceFile src, std::string& error) {
  src_ = std::move(src);
  yaml::ParseError err;
  if (!yaml::parse(src_, doc_, err)) {
    error = trf("{}:{}:{}: the file does not parse: {}", src_.path, err.pos.line, err.pos.col, err.message);
    return false;
  }
  return index(error);
}

bool PlanDocument::index(std::string& error) {
  if (doc_.empty || doc_.node(doc_.root).kind != Kind::map) {
    error = trf("{}: not a plan (the top level is not a mapping)", src_.path);
    return false;
  }
  parent_.assign(doc_.nodes.size(), 0);
  for (uint32_t i = 0; i < doc_.nodes.size(); ++i)
    for (uint32_t c : doc_.nodes[i].children) parent_[c] = i;
  parent_[doc_.root] = doc_.root;
  index_entities();
  index_.clear();
  for (const auto& [kind, list] : by_kind_) {
    index_.emplace_back();
    for (const auto& [id, node] : list) index_.back().emplace(id, node);  // first definition wins
  }
  return true;
}

namespace {
// The value under `key` in a map node, or nullptr.
const Node* map_get(const yaml::Document& d, const Node& map, std::string_view key, uint32_t* index = nullptr) {
  if (map.kind != Kind::map) return nullptr;
  for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
    const Node& k = d.node(map.children[i]);
    if (k.kind == Kind::scalar && k.text == key) {
      if (index) *index = map.children[i + 1];
      return &d.node(map.children[i + 1]);
    }
  }
  // A key with an invisible character (`bud<U+200B>get`, a full-width space
  // before `id`) is read by the loader as the key meant (schema names the
  // character): the path that names it resolves to the same value.
  for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
    const Node& k = d.node(map.children[i]);
    if (k.kind != Kind::scalar || k.text == key) continue;
    // ... and a key written without its colon (`id value: t`), which the
    // loader reads as `id` (schema says the colon is missing).
    const bool no_colon = k.text.size() > key.size() && k.text.compare(0, key.size(), key) == 0 &&
                          (k.text[key.size()] == ' ' || k.text[key.size()] == '\t');
    if (no_colon || yaml::mistakes::without_invisible(k.text) == key) {
      if (index) *index = map.children[i + 1];
      return &d.node(map.children[i + 1]);
    }
  }
  return nullptr;
}
}  // namespace

void PlanDocument::index_entities() {
  by_kind_ = {{"project", {}}, {"section", {}}, {"kpi", {}}, {"goal", {}}};
  auto list = [&](const char* kind) -> auto& {
    for (auto& [k, v] : by_kind_)
      if (k == kind) return v;
    return by_kind_[0].second;
  };
  auto items = [&](const Node& map, const char* key, const char* kind, auto&& also) {
    uint32_t seq = 0;
    const Node* s = map_get(doc_, map, key, &seq);
    if (!s || s->kind != Kind::sequence) return;
    for (uint32_t item : s->children) {
      const Node& m = doc_.node(item);
      const Node* id = map_get(doc_, m, "id");
      if (id && id->kind == Kind::scalar) list(kind).emplace_back(id->text, item);
      also(m);
    }
  };
  const Node& root = doc_.node(doc_.root);
  items(root, "projects", "project", [](const Node&) {});
  std::function<void(const Node&)> section = [&](const Node& m) {
    items(m, "goals", "goal", [](const Node&) {});
    items(m, "kpis", "kpi", [](const Node&) {});
    items(m, "sections", "section", section);
  };
  items(root, "sections", "section", section);
}

std::vector<std::string> PlanDocument::ids(const std::string& kind) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : by_kind_)
    if (k == kind)
      for (const auto& [id, node] : v) out.push_back(id);
  return out;
}

// One resolved path: how far it exists, and what is missing beyond.
struct PlanDocument::Step {
  bool entity_found = false;
  uint32_t node = 0;                  // the deepest existing node
  std::string canonical;              // its path
  std::vector<std::string> missing;   // the parts beyond it that do not exist
  std::string problem, nearest;       // when the path cannot be resolved at all
};

namespace {

// The child of `n` named by `part`: a key of a map (a year matches any
// notation of the same year), or an item of a list (an index, or the item
// whose id / project is `part`).
std::optional<uint32_t> child(const yaml::Document& d, const Node& n, const std::string& part) {
  if (n.kind == Kind::map) {
    uint32_t v = 0;
    if (map_get(d, n, part, &v)) return v;
    if (auto y = parse_year(part)) {
      for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const Node& k = d.node(n.children[i]);
        if (k.kind != Kind::scalar) continue;
        auto ky = parse_year(k.text);
        if (ky && ky->year == y->year) return n.children[i + 1];
      }
    }
    return std::nullopt;
  }
  if (n.kind == Kind::sequence) {
    if (all_digits(part) && part.size() < 9) {
      size_t i = std::stoul(part);
      if (i < n.children.size()) return n.children[i];
      return std::nullopt;
    }
    for (uint32_t item : n.children) {
      const Node& m = d.node(item);
      if (m.kind == Kind::scalar && m.text == part) return item;
      for (const char* key : {"id", "project"}) {
        const Node* id = map_get(d, m, key);
        if (id && id->kind == Kind::scalar && id->text == part) return item;
      }
    }
  }
  return std::nullopt;
}

std::vector<std::string> child_names(const yaml::Document& d, const Node& n) {
  std::vector<std::string> out;
  if (n.kind == Kind::map) {
    for (size_t i = 0; i + 1 < n.children.size(); i += 2)
      if (d.node(n.children[i]).kind == Kind::scalar) out.push_back(d.node(n.children[i]).text);
  } else if (n.kind == Kind::sequence) {
    for (uint32_t item : n.children) {
      const Node& m = d.node(item);
      if (m.kind == Kind::scalar) out.push_back(m.text);
      else if (const Node* id = map_get(d, m, "id"); id && id->kind == Kind::scalar) out.push_back(id->text);
      else if (const Node* p = map_get(d, m, "project"); p && p->kind == Kind::scalar) out.push_back(p->text);
    }
  }
  return out;
}

}  // namespace

namespace {

const std::vector<std::string> kKinds = {"plan", "project", "section", "kpi", "goal"};
// The top-level lists, for things without a usable id (or a repeated one):
// "projects.3.name", "sections.0.title" (the paths diagnostics give them).
const std::vector<std::string> kLists = {"projects", "sections"};

}  // namespace

class Editor {
 public:
  explicit Editor(const PlanDocument& d) : d_(d), doc_(d.doc_) {}

  PlanDocument::Step resolve(const std::string& path) const {
    PlanDocument::Step st;
    auto dot = path.find('.');
    std::string kind = path.substr(0, dot);
    std::string rest = dot == std::string::npos ? "" : path.substr(dot + 1);
    const bool list_kind = std::find(kLists.begin(), kLists.end(), kind) != kLists.end();
    // Any other top-level key the file has (`yplan`, or a misspelt one a
    // finding names) is a path too, so that every path yplan prints resolves.
    uint32_t top_node = 0;
    const bool top_key = !list_kind && std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end() &&
                         doc_.node(doc_.root).kind == Kind::map && map_get(doc_, doc_.node(doc_.root), kind, &top_node);
    if (!list_kind && !top_key && std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
      st.problem = trf("a path starts with plan, project, section, kpi or goal, not `{}`", kind);
      std::string near = nearest(kind, kKinds);
      if (!near.empty()) st.nearest = near + (rest.empty() ? "" : "." + rest);
      return st;
    }
    uint32_t node = 0;
    std::string canonical;
    std::string remainder;
    if (kind == "plan" || list_kind || top_key) {
      const Node* p = map_get(doc_, doc_.node(doc_.root), kind, &node);
      if (!p) {
        st.problem = kind == "plan" ? std::string(tr("the file has no `plan:` mapping"))
                                    : trf("the file has no `{}:` list", kind);
        return st;
      }
      canonical = kind;
      remainder = rest;
    } else {
      // The longest id that exists wins (section ids contain dots).
      const auto* list = &d_.by_kind_[0].second;
      const auto* index_ptr = &d_.index_[0];
      for (size_t k = 0; k < d_.by_kind_.size(); ++k)
        if (d_.by_kind_[k].first == kind) {
          list = &d_.by_kind_[k].second;
          index_ptr = &d_.index_[k];
        }
      const auto& index = *index_ptr;
      bool found = false;
      for (size_t cut = rest.size();; cut = rest.rfind('.', cut - 1)) {
        auto it = index.find(rest.substr(0, cut));
        if (it != index.end()) {
          node = it->second;
          canonical = kind + "." + rest.substr(0, cut);
          remainder = cut < rest.size() ? rest.substr(cut + 1) : "";
          found = true;
          break;
        }
        if (cut == 0 || cut == std::string::npos || rest.rfind('.', cut - 1) == std::string::npos) break;
      }
      if (!found) {
        std::vector<std::string> ids;
        for (const auto& [id, n] : *list) ids.push_back(id);
        // Suggest against the id part of the path: try each dot split.
        std::string best;
        size_t best_d = SIZE_MAX;
        for (size_t cut = rest.size();; cut = rest.rfind('.', cut - 1)) {
          std::string cand = rest.substr(0, cut);
          std::string near = nearest(cand, ids);
          if (!near.empty()) {
            size_t dd = edit_distance(cand, near);
            if (dd < best_d) {
              best_d = dd;
              best = kind + "." + near + (cut < rest.size() ? rest.substr(cut) : "");
            }
          }
          if (cut == 0 || cut == std::string::npos || rest.rfind('.', cut - 1) == std::string::npos) break;
        }
        st.problem = trf("no {} `{}`", kind, rest.substr(0, rest.find('.')));
        if (rest.empty()) st.problem = trf("name a {}: {}.<id>", kind, kind);
        st.nearest = best;
        return st;
      }
    }
    st.entity_found = true;
    st.node = node;
    st.canonical = canonical;
    if (remainder.empty()) {
      if (!rest.empty() && rest.back() == '.') st.problem = tr("a path does not end with a dot");
      if (!st.problem.empty()) st.entity_found = false;
      return st;
    }
    auto parts = split_dots(remainder);
    if (std::find(parts.begin(), parts.end(), std::string()) != parts.end()) {
      st.entity_found = false;
      st.problem = tr("a path has no empty parts (two dots, or a dot at the end)");
      return st;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      const Node& n = doc_.node(st.node);
      auto c = child(doc_, n, parts[i]);
      if (!c) {
        st.missing.assign(parts.begin() + static_cast<long>(i), parts.end());
        auto names = child_names(doc_, n);
        std::string near = nearest(parts[i], names);
        if (!near.empty()) st.nearest = st.canonical + "." + near;
        else st.nearest = st.canonical;
        // Right after an id, a missing part may be the rest of a mistyped
        // dotted id (section.1.1.9 for section.1.1.1): suggest that id when it
        // is closer than any key.
        if (i == 0 && kind != "plan" && !list_kind) {
          std::vector<std::string> ids;
          for (const auto& [k, v] : d_.by_kind_)
            if (k == kind)
              for (const auto& entry : v) ids.push_back(entry.first);
          size_t field_d = near.empty() ? SIZE_MAX : edit_distance(parts[i], near);
          const size_t id_len = canonical.size() - kind.size() - 1;
          for (size_t cut = rest.size(); cut != std::string::npos && cut > id_len;
               cut = rest.rfind('.', cut - 1)) {
            std::string cand = rest.substr(0, cut);
            std::string id_near = nearest(cand, ids);
            if (!id_near.empty() && id_near != rest.substr(0, id_len) && edit_distance(cand, id_near) < field_d) {
              st.nearest = kind + "." + id_near + (cut < rest.size() ? rest.substr(cut) : "");
              st.problem = fmt::format("no {} `{}`", kind, cand);
              break;
            }
          }
        }
        return st;
      }
      st.node = *c;
      st.canonical += "." + parts[i];
    }
    return st;
  }

  // Is `node` inside a flow collection?
  bool in_flow(uint32_t node) const {
    uint32_t p = d_.parent_[node];
    return p != node && doc_.node(p).flow;
  }

  // Where a node's own text starts: past its properties (an anchor `&fy`, a
  // tag `!!str`), which an edit keeps. npos when a property ends its line.
  size_t value_start(uint32_t idx) const {
    const std::string& t = d_.src_.text;
    size_t b = doc_.node(idx).pos.offset;
    while (b < t.size() && (t[b] == '&' || t[b] == '!')) {
      while (b < t.size() && t[b] != ' ' && t[b] != '\t' && t[b] != '\n' && t[b] != '\r') ++b;
      while (b < t.size() && (t[b] == ' ' || t[b] == '\t')) ++b;
      if (b >= t.size() || t[b] == '\n' || t[b] == '\r') return std::string::npos;
    }
    return b;
  }

  // A block scalar (| or >), and whether it keeps its trailing blank lines (+).
  bool block_scalar(uint32_t idx, bool* keep = nullptr) const {
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

  // Why a value cannot be edited in place, for the message (one line).
  std::string why_not_editable(const std::string& path, uint32_t idx) const {
    if (block_scalar(idx)) return trf("`{}` is a block scalar (| or >); yplan edits only single-line values", path);
    if (value_start(idx) == std::string::npos)
      return trf("`{}` has its anchor or tag on one line and its value on the next; yplan edits only single-line "
                 "values",
                 path);
    return trf("`{}` is written over several lines; yplan edits only single-line values", path);
  }

  std::optional<std::pair<size_t, size_t>> scalar_span(uint32_t idx) const {
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

  // For a value written as nothing at all (`key:`): the offset just after the
  // key's colon, where " VALUE" goes.
  std::optional<size_t> empty_value_point(uint32_t value) const {
    uint32_t p = d_.parent_[value];
    const Node& map = doc_.node(p);
    if (map.kind != Kind::map) return std::nullopt;
    for (size_t i = 1; i < map.children.size(); i += 2) {
      if (map.children[i] != value) continue;
      auto ks = scalar_span(map.children[i - 1]);
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
    return std::nullopt;
  }

  // A value written as nothing but perhaps an anchor or a tag (`key:`, `key: &a`, `key: !!str`).
  bool empty_value(uint32_t idx) const {
    const Node& n = doc_.node(idx);
    if (n.kind == Kind::null) return true;
    return n.kind == Kind::scalar && n.text.empty() && value_start(idx) == std::string::npos;
  }

  // Where an alias of `node` is, as "line L" ("" when no alias uses it).
  std::string alias_user(uint32_t node) const {
    for (const Node& n : doc_.nodes)
      if (n.kind == Kind::alias && n.alias_known && n.target == node) return trf("line {}", n.pos.line);
    return {};
  }

  // The last scalar of a block value (itself, or the last value of its last entry, ...).
  uint32_t last_leaf(uint32_t idx) const {
    for (;;) {
      const Node& n = doc_.node(idx);
      if ((n.kind != Kind::map && n.kind != Kind::sequence) || n.flow || n.children.empty()) return idx;
      idx = n.children.back();
    }
  }

  // Where a node's text ends (for inserting after it in a flow collection).
  std::optional<size_t> node_end(uint32_t idx) const {
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

  size_t line_start(size_t off) const {
    const std::string& t = d_.src_.text;
    while (off > 0 && t[off - 1] != '\n') --off;
    return off;
  }
  size_t line_end_after(size_t off) const {  // just past the '\n' ending the line of `off`
    const std::string& t = d_.src_.text;
    size_t nl = t.find('\n', off);
    return nl == std::string::npos ? t.size() : nl + 1;
  }
  size_t indent_of_line(size_t start) const {
    const std::string& t = d_.src_.text;
    size_t i = start;
    while (i < t.size() && t[i] == ' ') ++i;
    return i - start;
  }
  std::string eol_near(size_t off) const {
    const std::string& t = d_.src_.text;
    size_t nl = t.find('\n', off);
    if (nl == std::string::npos) nl = t.rfind('\n');
    return nl != std::string::npos && nl > 0 && t[nl - 1] == '\r' ? "\r\n" : "\n";
  }

  // The end of a block map entry (its key's line, and every deeper line after
  // it): where a new sibling line goes.
  size_t block_entry_end(uint32_t key) const {
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

  const PlanDocument& d_;
  const yaml::Document& doc_;
};

std::optional<std::pair<size_t, size_t>> PlanDocument::scalar_span(uint32_t node) const {
  return Editor(*this).scalar_span(node);
}

PlanDocument::Lookup PlanDocument::lookup(const std::string& path) const {
  Lookup l;
  Step st = Editor(*this).resolve(path);
  if (st.entity_found && st.missing.empty()) {
    l.found = true;
    l.node = st.node;
    return l;
  }
  l.nearest = st.nearest;
  l.problem = !st.problem.empty() ? st.problem
                                  : trf("`{}` has no `{}`", st.canonical, st.missing.empty() ? "" : st.missing[0]);
  return l;
}

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

namespace {

// A value to insert under a new key: a scalar, or a map of new keys. (The
// key lives in the node: a vector of pairs holding the node itself would need
// the type complete before it is.)
struct NewTree {
  std::string key;             // its key in the parent map
  std::string value;           // leaf
  std::vector<NewTree> keys;   // map (insertion order; years sorted)
  bool leaf = true;
};

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

struct Edit {
  size_t begin, end;  // replace [begin, end) (begin == end: insert)
  std::string text;
  size_t seq;         // for a stable order among inserts at one offset
  size_t indent = 0;  // block lines inserted at one offset: the deepest goes first
};

}  // namespace

bool PlanDocument::in_flow(uint32_t node) const { return Editor(*this).in_flow(node); }

size_t PlanDocument::old_offset(const std::vector<Splice>& splices, size_t offset) {
  long long delta = 0;  // new minus old, before the current splice
  for (const auto& sp : splices) {
    long long new_begin = static_cast<long long>(sp.begin) + delta;
    if (static_cast<long long>(offset) < new_begin) break;
    if (static_cast<long long>(offset) < new_begin + static_cast<long long>(sp.length)) return sp.begin;
    delta += static_cast<long long>(sp.length) - static_cast<long long>(sp.end - sp.begin);
  }
  long long o = static_cast<long long>(offset) - delta;
  return o < 0 ? 0 : static_cast<size_t>(o);
}

bool PlanDocument::apply(const std::vector<Assignment>& assignments, std::string& out,
                         std::vector<EditError>& errors, std::vector<Splice>* splices) const {
  SourceFile result;
  yaml::Document tree;
  if (!apply(assignments, result, tree, errors, splices)) return false;
  out = std::move(result.text);
  return true;
}

bool PlanDocument::apply(const std::vector<Assignment>& assignments, SourceFile& result, yaml::Document& tree,
                         std::vector<EditError>& errors, std::vector<Splice>* splices) const {
  std::string& out = result.text;
  Editor ed(*this);
  std::vector<Edit> edits;
  std::unordered_set<uint32_t> changed;    // nodes whose value is replaced
  std::map<std::string, std::string> seen;  // canonical path → origin
  // New keys grouped by the existing map they go into.
  struct Insert {
    uint32_t map;
    NewTree tree;
    std::vector<std::string> origins;
  };
  std::vector<Insert> inserts;
  // A null value that becomes a map of new keys.
  std::map<uint32_t, Insert> fills;

  for (const auto& a : assignments) {
    auto fail = [&](std::string msg) { errors.push_back({a.origin, std::move(msg)}); };
    if (!valid_utf8(a.path) || !valid_utf8(a.value)) {
      fail(tr("the path or the value is not valid UTF-8 text (or holds a NUL byte)"));
      continue;
    }
    Step st = ed.resolve(a.path);
    if (!st.entity_found) {
      fail(st.nearest.empty() ? trf("no such path `{}`: {}", a.path, st.problem)
                              : trf("no such path `{}`: {}; did you mean `{}`?", a.path, st.problem, st.nearest));
      continue;
    }
    // The same value under two spellings (targets.R3, targets.2021; a listing
    // by index and by id) is the same assignment: key on what it resolves to.
    std::string target = fmt::format("#{}", st.node);
    for (const auto& m : st.missing) {
      auto y = parse_year(m);
      target += y ? fmt::format(".@{}", y->year) : "." + m;
    }
    if (auto [it, fresh] = seen.emplace(target, a.origin); !fresh) {
      fail(trf("`{}` is already assigned by {}", a.path, it->second));
      continue;
    }
    const Node& n = doc_.node(st.node);
    if (st.missing.empty()) {
      if (n.kind == Kind::map || n.kind == Kind::sequence) {
        fail(n.kind == Kind::map ? trf("`{}` is a mapping; set one of its keys instead", a.path)
                                 : trf("`{}` is a list; set one of its items instead", a.path));
        continue;
      }
      if (n.kind == Kind::alias) {
        fail(trf("`{}` is an alias; yplan does not edit aliases", a.path));
        continue;
      }
      if (n.anchored) {
        // Its anchor is kept; but a value that aliases use would change with it.
        std::string user = ed.alias_user(st.node);
        if (!user.empty()) {
          fail(trf("`{}` has an anchor that {} uses as an alias: changing it would change that value too; write "
                   "the value out in both places first",
                   a.path, user));
          continue;
        }
      }
      if (auto span = ed.scalar_span(st.node)) {
        const std::string& t = src_.text;
        char q = n.kind == Kind::scalar && n.quoted && (t[span->first] == '"' || t[span->first] == '\'') ? t[span->first] : 0;
        edits.push_back({span->first, span->second, yaml_scalar(a.value, ed.in_flow(st.node), q), edits.size()});
        changed.insert(st.node);
      } else if (auto p = ed.empty_value_point(st.node); p && ed.empty_value(st.node)) {
        edits.push_back({*p, *p, " " + yaml_scalar(a.value, false), edits.size()});
        changed.insert(st.node);
      } else {
        fail(ed.why_not_editable(a.path, st.node));
      }
      continue;
    }
    // Part of the path does not exist yet: insert it under the deepest existing node.
    if (n.kind == Kind::null && doc_.node(parent_[st.node]).kind == Kind::map) {
      auto& f = fills[st.node];
      f.map = st.node;
      put(f.tree, st.missing, 0, a.value);
      f.origins.push_back(a.origin);
      continue;
    }
    if (n.kind != Kind::map) {
      fail(st.nearest.empty() || st.nearest == st.canonical
               ? trf("no such path `{}`: `{}` has no `{}`", a.path, st.canonical, st.missing[0])
               : trf("no such path `{}`: `{}` has no `{}`; did you mean `{}`?", a.path, st.canonical, st.missing[0],
                     st.nearest));
      continue;
    }
    // A new year key takes the notation of its neighbours (R3 beside R2,
    // 令和３年度 beside 令和２年度).
    std::vector<std::string> missing = st.missing;
    if (auto y = parse_year(missing[0])) {
      for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const Node& k = doc_.node(n.children[i]);
        if (k.kind == Kind::scalar && parse_year(k.text)) {
          missing[0] = format_year_like(y->year, k.text);
          break;
        }
      }
    }
    auto it = std::find_if(inserts.begin(), inserts.end(), [&](const Insert& x) { return x.map == st.node; });
    if (it == inserts.end()) {
      inserts.push_back({st.node, NewTree{}, {}});
      inserts.back().tree.leaf = false;
      it = inserts.end() - 1;
    }
    put(it->tree, missing, 0, a.value);
    it->origins.push_back(a.origin);
  }
  if (!errors.empty()) return false;

  const std::string& t = src_.text;
  for (auto& [node, f] : fills) {
    changed.insert(node);
    sort_years(f.tree);
    auto span = ed.scalar_span(node);
    if (span) {
      edits.push_back({span->first, span->second, render_flow(f.tree, false), edits.size()});
    } else if (auto p = ed.empty_value_point(node)) {
      edits.push_back({*p, *p, " " + render_flow(f.tree, false), edits.size()});
    } else {
      errors.push_back({f.origins.front(), tr("cannot find where to write the new value")});
      return false;
    }
  }
  // New items of a flow map, by insertion point: all the keys that go at one
  // point are written as one edit ("R2: 1, R3: 2" into an empty {}).
  std::map<std::pair<uint32_t, size_t>, std::vector<std::pair<bool, std::string>>> flow_items;
  for (auto& ins : inserts) {
    sort_years(ins.tree);
    const Node& map = doc_.node(ins.map);
    for (auto& sub : ins.tree.keys) {
      const std::string& key = sub.key;
      // After the last existing key that sorts before it (years), else after the last key.
      auto ky = parse_year(key);
      size_t after = map.children.size();  // index of the key to insert after (size: none)
      for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const Node& k = doc_.node(map.children[i]);
        auto ek = k.kind == Kind::scalar ? parse_year(k.text) : std::nullopt;
        if (ky && ek) {
          if (ek->year < ky->year) after = i;
        } else {
          after = i;
        }
      }
      if (map.flow) {
        std::string item = yaml_scalar(key, true) + ": " + render_flow(sub, true);
        size_t point;
        bool after_open = after >= map.children.size();
        if (!after_open) {
          auto e = ed.node_end(map.children[after + 1]);
          if (!e) {
            errors.push_back({ins.origins.front(), tr("cannot find the end of a neighbouring value")});
            return false;
          }
          point = *e;
        } else {
          point = map.pos.offset + 1;  // just after the '{'
        }
        flow_items[{ins.map, point}].push_back({after_open, item});
      } else {
        if (map.children.empty()) {
          errors.push_back({ins.origins.front(), tr("cannot add a key to an empty block mapping")});
          return false;
        }
        uint32_t first_key = map.children[0];
        size_t indent = doc_.node(first_key).pos.offset - ed.line_start(doc_.node(first_key).pos.offset);
        std::string eol = ed.eol_near(doc_.node(first_key).pos.offset);
        size_t at;
        if (after < map.children.size()) {
          at = ed.block_entry_end(map.children[after]);
        } else {
          at = ed.line_start(doc_.node(first_key).pos.offset);
        }
        std::string line = std::string(indent, ' ') + yaml_scalar(key, false) + ": " + render_flow(sub, false) + eol;
        // The first key of a "- id: x" item shares its line with the dash: a
        // new line before it would leave the item; put it after instead.
        if (after >= map.children.size() && t.compare(at, indent, std::string(indent, ' ')) != 0)
          at = ed.block_entry_end(first_key);
        if (at == t.size() && !t.empty() && t.back() != '\n') line = eol + line;
        // Nested maps can end at one offset: a note for a direction and for
        // its measure both go after the direction's last line, the inner
        // (more indented) one first, or it would end up in the outer map.
        edits.push_back({at, at, line, edits.size(), indent});
      }
    }
  }

  for (const auto& [where, items] : flow_items) {
    const bool after_open = items.front().first;
    std::string joined;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) joined += ", ";
      joined += items[i].second;
    }
    const bool empty = doc_.node(where.first).children.empty();
    std::string text = after_open ? joined + (empty ? "" : ", ") : ", " + joined;
    edits.push_back({where.second, where.second, text, edits.size()});
  }

  // Sorted from the end of the text backwards; the one-pass build below walks
  // it forwards, so at one offset the text comes out deepest first, then in
  // the order the assignments were given.
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    if (a.begin != b.begin) return a.begin > b.begin;
    if (a.indent != b.indent) return a.indent < b.indent;
    return a.seq > b.seq;
  });
  // Build the result in one pass (edits are sorted from the end backwards).
  for (size_t i = 1; i < edits.size(); ++i) {
    if (edits[i].end > edits[i - 1].begin) {  // two edits of the same bytes: never write that
      errors.push_back({"", tr("two assignments change the same value")});
      return false;
    }
  }
  out.clear();
  out.reserve(t.size() + 64 * edits.size());
  size_t at = 0;
  std::vector<Splice> made;
  made.reserve(edits.size());
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    out.append(t, at, it->begin - at);
    out += it->text;
    at = it->end;
    made.push_back({it->begin, it->end, it->text.size()});
  }
  out.append(t, at, std::string::npos);
  if (splices) *splices = made;

  // The guarantee that matters most: an edit never leaves a file that is not
  // YAML, whatever layout the input had (yaml-cpp tolerates some that are not
  // quite YAML, such as a last key with no colon), every value not assigned
  // reads as it did, and every value assigned reads as assigned. Read the
  // result again: the edited lines alone when yaml::reparse can vouch for
  // the rest (values rewritten in place), else the whole text.
  PlanDocument reread;
  reread.src_.path = src_.path;
  reread.src_.text = out;
  reread.src_.index_lines();
  const std::string origin = assignments.empty() ? "" : assignments.front().origin;
  auto verify = [&](std::vector<EditError>& found) {
    if (auto other = internal::first_other_change(doc_, reread.doc_, changed)) {
      found.push_back({origin, trf("the edit would also change {}; its layout around there is unusual: edit that "
                                   "part by hand",
                                   other->empty() ? std::string(tr("another value")) : "`" + *other + "`")});
      return false;
    }
    std::string rerr;
    if (!reread.index(rerr)) {
      found.push_back({origin, rerr});
      return false;
    }
    for (const auto& a : assignments) {
      auto l = reread.lookup(a.path);
      const Node* n = l.found ? &reread.doc_.node(l.node) : nullptr;
      bool ok = n && (is_null_word(a.value) ? n->kind == Kind::null : n->kind == Kind::scalar && n->text == a.value);
      if (!ok) {
        found.push_back({a.origin, trf("`{}` would not read back as the value assigned; its layout around there is "
                                       "unusual: edit that part by hand",
                                       a.path)});
        return false;
      }
    }
    return true;
  };
  std::vector<EditError> ignored;
  if (!yaml::reparse(src_, doc_, reread.src_, made, reread.doc_) || !verify(ignored)) {
    yaml::ParseError perr;
    if (!yaml::parse(reread.src_, reread.doc_, perr)) {
      errors.push_back({origin, trf("the edit would leave the file unreadable as YAML ({}:{}: {}); its layout "
                                    "around there is unusual: edit that part by hand",
                                    perr.pos.line, perr.pos.col, perr.message)});
      return false;
    }
    if (!verify(errors)) return false;
  }
  // Hand back what was read: a caller that loads the result need not parse it again.
  result = std::move(reread.src_);
  tree = std::move(reread.doc_);
  return true;
}

}  // namespace yplan

// get/set on the YAML tree: a plan file opened and indexed, and edits that
// touch nothing but the bytes of the values assigned, spliced into a copy of
// the text and read again before they are accepted. Path resolution is in
// edit/paths.cpp, the text's layout in edit/layout.cpp, the values written in
// edit/write.cpp; what they share is in edit/editor.hpp.
#include "yplan/edit.hpp"

#include "edit/editor.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <unordered_set>

#include "edit/verify.hpp"

#include "yplan/text.hpp"
#include "yplan/values.hpp"

namespace yplan {

using yaml::Kind;
using yaml::Node;
using internal::is_null_word;
using internal::NewTree;
using internal::put;
using internal::render_flow;
using internal::sort_years;

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

struct Edit {
  size_t begin, end;  // replace [begin, end) (begin == end: insert)
  std::string text;
  size_t seq;         // for a stable order among inserts at one offset
  size_t indent = 0;  // block lines inserted at one offset: the deepest goes first
};

}  // namespace

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

std::optional<std::string> PlanDocument::shared_or_doubled(uint32_t node, bool itself, const std::string& path,
                                                           const std::unordered_map<uint32_t, uint32_t>& aliased) const {
  for (uint32_t x = node;; x = parent_[x]) {
    if (auto it = aliased.find(x); it != aliased.end()) {
      const std::string user = trf("line {}", it->second);
      if (x == node && itself)
        return trf("`{}` has an anchor that {} uses as an alias: changing it would change that value too; write "
                   "the value out in both places first",
                   path, user);
      return trf("`{}` is inside a mapping or list with an anchor that {} uses as an alias: changing it would "
                 "change that value too; write the value out in both places first",
                 path, user);
    }
    const uint32_t up = parent_[x];
    if (up == x) return std::nullopt;  // the root
    const Node& p = doc_.node(up);
    if (p.kind != Kind::map) continue;
    const Node* key = nullptr;
    for (size_t i = 1; i < p.children.size(); i += 2)
      if (p.children[i] == x) key = &doc_.node(p.children[i - 1]);
    if (!key || key->kind != Kind::scalar) continue;
    for (size_t i = 0; i + 1 < p.children.size(); i += 2) {
      const Node& other = doc_.node(p.children[i]);
      if (&other != key && other.kind == Kind::scalar && other.text == key->text)
        return trf("`{}` is under the key `{}` written twice in one mapping (lines {} and {}); other YAML readers "
                   "take the last one: delete one of them first",
                   path, key->text, std::min(key->pos.line, other.pos.line), std::max(key->pos.line, other.pos.line));
    }
  }
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

  std::unordered_map<std::string, uint32_t> assigned;  // path → the node whose value it replaces
  std::unordered_map<uint32_t, uint32_t> aliased;  // node an alias names → the alias's line
  for (const Node& x : doc_.nodes)
    if (x.kind == Kind::alias && x.alias_known) aliased.emplace(x.target, x.pos.line);
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
    // What else the edit would change: an alias of the value or of a
    // mapping or list around it (its anchor is kept, the alias reads the
    // new value); a key on the way written twice (other YAML readers take
    // the last, yplan edits the first).
    if (auto why = shared_or_doubled(st.node, st.missing.empty(), a.path, aliased)) {
      fail(*why);
      continue;
    }
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
      assigned.emplace(a.path, st.node);
      if (auto span = ed.scalar_span(st.node)) {
        const std::string& t = src_.text;
        char q = n.kind == Kind::scalar && n.quoted && (t[span->first] == '"' || t[span->first] == '\'') ? t[span->first] : 0;
        edits.push_back({span->first, span->second, yaml_scalar(a.value, ed.in_flow(st.node), q), edits.size()});
        changed.insert(st.node);
      } else if (auto p = ed.empty_value_point(st.node); p && ed.empty_value(st.node)) {
        edits.push_back({*p, *p, " " + yaml_scalar(a.value, false), edits.size()});
        changed.insert(st.node);
      } else if (auto k = ed.bare_key_point(st.node)) {
        edits.push_back({*k, *k, ": " + yaml_scalar(a.value, true), edits.size()});
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
    } else if (auto k = ed.bare_key_point(node)) {  // `{R2: 20, R3}`: R3 gets its colon and the mapping
      edits.push_back({*k, *k, ": " + render_flow(f.tree, true), edits.size()});
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
        // A path through the id assigned: say so, and which path works.
        auto was = assigned.find(a.path);
        if (auto why = was == assigned.end() ? std::nullopt : ed.why_id_assigned(a.path, was->second, a.value)) {
          found.push_back({a.origin, *why});
          return false;
        }
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

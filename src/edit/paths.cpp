// The editor's path resolution: the index of entities by id
// (PlanDocument::index_entities, ids), a contract path resolved as far as it
// exists (Editor::resolve, PlanDocument::lookup), and the nearest existing path
// when it does not (did you mean), and why a path that names a value by
// that value itself (an id) cannot be assigned through. Shared pieces:
// edit/editor.hpp.
#include "edit/editor.hpp"

#include "yaml/mistakes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>

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

PlanDocument::Step Editor::resolve(const std::string& path, bool suggest) const {
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
    if (!found && !suggest) {
      st.problem = trf("no {} `{}`", kind, rest.substr(0, rest.find('.')));
      return st;
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
      if (!suggest) return st;
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

std::string Editor::place_path(uint32_t node, uint32_t own) const {
  auto entity = [&](uint32_t item) -> std::string {
    for (const auto& [kind, ids] : d_.by_kind_)
      for (const auto& [id, at] : ids)
        if (at == item) return kind + "." + id;
    return {};
  };
  std::vector<std::string> parts;
  uint32_t x = node;
  for (; d_.parent_[x] != x; x = d_.parent_[x]) {
    if (x != own) {
      if (std::string e = entity(x); !e.empty()) {
        parts.push_back(e);
        break;
      }
    }
    const Node& p = doc_.node(d_.parent_[x]);
    for (size_t i = 0; i < p.children.size(); ++i) {
      if (p.children[i] != x) continue;
      if (p.kind == Kind::sequence) parts.push_back(std::to_string(i));
      else if (i % 2 == 1) parts.push_back(doc_.node(p.children[i - 1]).text);
      break;
    }
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += (out.empty() ? "" : ".") + *it;
  return out;
}

std::optional<std::string> Editor::why_id_assigned(const std::string& path, uint32_t node,
                                                   const std::string& value) const {
  const Node& n = doc_.node(node);
  if (n.kind != Kind::scalar || n.text.empty() || n.text == value) return std::nullopt;
  // Only a path that goes through the old id: by its place it reads back.
  const std::string seg = "." + n.text;
  size_t at = path.find(seg);
  bool named = false;
  for (; at != std::string::npos; at = path.find(seg, at + 1))
    if (at + seg.size() == path.size() || path[at + seg.size()] == '.') named = true;
  if (!named) return std::nullopt;
  auto key_of = [&](uint32_t child) -> std::string {
    const Node& p = doc_.node(d_.parent_[child]);
    if (p.kind != Kind::map) return {};
    for (size_t i = 1; i < p.children.size(); i += 2)
      if (p.children[i] == child) return doc_.node(p.children[i - 1]).text;
    return {};
  };
  auto kind_of = [&](uint32_t item) -> std::string {
    for (const auto& [kind, ids] : d_.by_kind_)
      for (const auto& [id, at_node] : ids)
        if (at_node == item) return kind;
    return {};
  };
  // A section's list of listings: `projects:` under a section.
  auto listings = [&](uint32_t seq) {
    return doc_.node(seq).kind == Kind::sequence && key_of(seq) == "projects" && kind_of(d_.parent_[seq]) == "section";
  };
  const uint32_t up = d_.parent_[node];
  // The place path names the item by its place, past its own id.
  const std::string here = place_path(node, listings(up) ? node : d_.parent_[node]);
  if (listings(up))  // `- project-id`
    return trf("`{}` names the listing of project `{}` by that id: assigning to it changes which project it lists, "
               "and the path then names nothing; to list another project there, name the listing by its place: "
               "`{}={}`",
               path, n.text, here, value);
  const std::string key = key_of(node);
  if (key == "project" && listings(d_.parent_[up]))  // `- project: project-id`
    return trf("`{}` names the listing of project `{}` by that id: assigning to it changes which project it lists, "
               "and the path then names nothing; set one of the listing's fields (budget, previous, partial, note) "
               "instead, or name the listing by its place: `{}={}`",
               path, n.text, here, value);
  if (key != "id") return std::nullopt;
  const std::string kind = kind_of(up);
  if (kind == "project")
    return trf("`{}` is the id the path names project `{}` by: after the edit the path names nothing; to rename "
               "the project, name it by its place, `{}={}`, and rename its listings too (an editor's rename through "
               "`yplan lsp` does both)",
               path, n.text, here, value);
  if (kind.empty()) return std::nullopt;
  return trf("`{}` is the id the path names `{}` by: after the edit the path names nothing; to change the id, name "
             "it by its place: `{}={}`",
             path, n.text, here, value);
}

PlanDocument::Lookup PlanDocument::lookup(const std::string& path, bool suggest) const {
  Lookup l;
  Step st = Editor(*this).resolve(path, suggest);
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

}  // namespace yplan

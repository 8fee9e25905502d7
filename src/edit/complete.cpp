#include "yplan/complete.hpp"

#include <algorithm>

namespace yplan {

namespace {

using yaml::Kind;
using yaml::Node;

const Node* get(const yaml::Document& d, const Node& map, std::string_view key) {
  for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
    const Node& k = d.node(map.children[i]);
    if (k.kind == Kind::scalar && k.text == key) return &d.node(map.children[i + 1]);
  }
  return nullptr;
}

// `name` as a path part: a mapping leads on (a trailing dot), anything else ends.
std::string part(const std::string& base, const std::string& name, const Node& value) {
  return base + "." + name + (value.kind == Kind::map ? "." : "");
}

}  // namespace

std::vector<std::string> complete_path(const PlanDocument& doc, const std::string& prefix) {
  std::vector<std::string> all;
  static const char* const kKinds[] = {"plan", "project", "section", "kpi", "goal"};
  auto dot = prefix.find('.');
  if (dot == std::string::npos) {
    for (const char* k : kKinds) all.push_back(std::string(k) + ".");
  } else {
    std::string kind = prefix.substr(0, dot);
    if (kind != "plan")
      for (const auto& id : doc.ids(kind)) all.push_back(kind + "." + id + ".");
    // The children of the node named up to the last dot.
    std::string base = prefix.substr(0, prefix.rfind('.'));
    auto l = doc.lookup(base);
    if (l.found) {
      const yaml::Document& d = doc.tree();
      const Node& n = d.node(l.node);
      if (n.kind == Kind::map) {
        for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
          const Node& k = d.node(n.children[i]);
          if (k.kind == Kind::scalar) all.push_back(part(base, k.text, d.node(n.children[i + 1])));
        }
      } else if (n.kind == Kind::sequence) {
        // Items that are mappings, by their id (or, for listings, their project).
        for (uint32_t item : n.children) {
          const Node& m = d.node(item);
          if (m.kind != Kind::map) continue;
          const Node* name = get(d, m, "id");
          if (!name) name = get(d, m, "project");
          if (name && name->kind == Kind::scalar) all.push_back(part(base, name->text, m));
        }
      }
    }
  }
  std::vector<std::string> out;
  for (auto& c : all)
    if (c.rfind(prefix, 0) == 0 && c != prefix && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  return out;
}

}  // namespace yplan

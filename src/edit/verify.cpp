#include "edit/verify.hpp"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace yplan::internal {

namespace {

using yaml::Kind;
using yaml::Node;

struct Walker {
  const yaml::Document& a;
  const yaml::Document& b;
  const std::unordered_set<uint32_t>& changed;
  bool aliases = false;                         // `a` has aliases: record `same` for them
  std::unordered_map<uint32_t, uint32_t> same;  // node of `a` → its counterpart in `b`
  std::unordered_set<uint32_t> holds_changed;   // nodes of `a` with a changed node below them (when aliases)

  // The path below (i, j) of the first difference, relative to them ("" for
  // themselves); built only on the way back from a difference.
  std::optional<std::string> walk(uint32_t i, uint32_t j) {
    if (changed.count(i)) return std::nullopt;
    if (aliases) same[i] = j;
    const Node& x = a.node(i);
    const Node& y = b.node(j);
    if (x.kind != y.kind) return std::string();
    switch (x.kind) {
      case Kind::null: return std::nullopt;
      case Kind::scalar:
        if (x.text != y.text || x.quoted != y.quoted) return std::string();
        return std::nullopt;
      case Kind::alias:
        if (x.alias_known != y.alias_known) return std::string();
        if (x.alias_known && (changed.count(x.target) || holds_changed.count(x.target))) return std::string();
        return std::nullopt;  // the targets are compared where they are; checked once all is walked
      case Kind::sequence:
        if (x.children.size() != y.children.size()) return std::string();
        for (size_t k = 0; k < x.children.size(); ++k)
          if (auto d = walk(x.children[k], y.children[k])) return join(std::to_string(k), *d);
        return std::nullopt;
      case Kind::map: {
        // Keys keep their order and inserted keys only come between them:
        // match each key of `a` with the next equal key of `b`.
        size_t m = 0;
        for (size_t k = 0; k + 1 < x.children.size(); k += 2) {
          const Node& key = a.node(x.children[k]);
          while (m + 1 < y.children.size() &&
                 !(b.node(y.children[m]).kind == key.kind && b.node(y.children[m]).text == key.text))
            m += 2;
          if (m + 1 >= y.children.size()) return name(key);
          if (auto d = walk(x.children[k + 1], y.children[m + 1])) return join(name(key), *d);
          m += 2;
        }
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  static std::string join(const std::string& part, const std::string& below) {
    return below.empty() ? part : part + "." + below;
  }
  static std::string name(const Node& key) { return key.kind == Kind::scalar ? key.text : "?"; }
};

}  // namespace

std::optional<std::string> first_other_change(const yaml::Document& before, const yaml::Document& after,
                                              const std::unordered_set<uint32_t>& changed) {
  if (before.empty || after.empty) {
    if (before.empty == after.empty) return std::nullopt;
    return std::string();
  }
  Walker w{before, after, changed, false, {}, {}};
  for (const auto& n : before.nodes)
    if (n.kind == Kind::alias) w.aliases = true;
  if (w.aliases) {
    // An alias of a mapping or list reads what changed inside it.
    std::vector<uint32_t> parent(before.nodes.size(), UINT32_MAX);
    for (uint32_t i = 0; i < before.nodes.size(); ++i)
      for (uint32_t c : before.nodes[i].children) parent[c] = i;
    for (uint32_t c : changed)
      for (uint32_t p = c < parent.size() ? parent[c] : UINT32_MAX; p != UINT32_MAX && w.holds_changed.insert(p).second;
           p = parent[p]) {
      }
  }
  if (auto d = w.walk(before.root, after.root)) return d;
  // Every alias still names the node at the same place.
  for (const auto& [i, j] : w.same) {
    const Node& x = before.node(i);
    if (x.kind != Kind::alias || !x.alias_known) continue;
    auto it = w.same.find(x.target);
    const Node& y = after.node(j);
    if (it == w.same.end() || !y.alias_known || y.target != it->second) return std::string("an alias");
  }
  return std::nullopt;
}

}  // namespace yplan::internal

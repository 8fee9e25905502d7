#include "internal/edit_verify.hpp"

#include <unordered_map>

namespace yplan::internal {

namespace {

using yaml::Kind;
using yaml::Node;

struct Walker {
  const yaml::Document& a;
  const yaml::Document& b;
  const std::unordered_set<uint32_t>& changed;
  std::unordered_map<uint32_t, uint32_t> same;  // node of `a` → its counterpart in `b`

  std::optional<std::string> walk(uint32_t i, uint32_t j, const std::string& path) {
    if (changed.count(i)) return std::nullopt;
    same[i] = j;
    const Node& x = a.node(i);
    const Node& y = b.node(j);
    if (x.kind != y.kind) return path;
    switch (x.kind) {
      case Kind::null: return std::nullopt;
      case Kind::scalar:
        if (x.text != y.text || x.quoted != y.quoted) return path;
        return std::nullopt;
      case Kind::alias:
        if (x.alias_known != y.alias_known) return path;
        if (x.alias_known && changed.count(x.target)) return path;
        return std::nullopt;  // the targets are compared where they are; checked once all is walked
      case Kind::sequence:
        if (x.children.size() != y.children.size()) return path;
        for (size_t k = 0; k < x.children.size(); ++k)
          if (auto d = walk(x.children[k], y.children[k], join(path, std::to_string(k)))) return d;
        return std::nullopt;
      case Kind::map: {
        // The n-th occurrence of a key in `a` is the n-th in `b` (duplicates are a finding, not ours to fix).
        std::unordered_map<std::string, size_t> seen;
        for (size_t k = 0; k + 1 < x.children.size(); k += 2) {
          const Node& key = a.node(x.children[k]);
          std::string name = key.kind == Kind::scalar ? key.text : "?";
          size_t nth = seen[name]++;
          std::optional<size_t> found;
          for (size_t m = 0, count = 0; m + 1 < y.children.size(); m += 2) {
            const Node& other = b.node(y.children[m]);
            if (other.kind == key.kind && other.text == key.text && count++ == nth) {
              found = m;
              break;
            }
          }
          std::string sub = join(path, name);
          if (!found) return sub;
          if (auto d = walk(x.children[k + 1], y.children[*found + 1], sub)) return d;
        }
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  static std::string join(const std::string& path, const std::string& part) {
    return path.empty() ? part : path + "." + part;
  }
};

}  // namespace

std::optional<std::string> first_other_change(const yaml::Document& before, const yaml::Document& after,
                                              const std::unordered_set<uint32_t>& changed) {
  if (before.empty || after.empty) {
    if (before.empty == after.empty) return std::nullopt;
    return std::string();
  }
  Walker w{before, after, changed, {}};
  if (auto d = w.walk(before.root, after.root, "")) return d;
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

// The YAML-level differences between two documents (include/yplan/diff.hpp,
// diff_trees): what the domain diff does not show, so that git's diff driver
// never calls a real change "no change".
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "yplan/diff.hpp"
#include "yplan/format.hpp"

namespace yplan {

namespace {

using yaml::Document;
using yaml::Kind;
using yaml::Node;

constexpr size_t kMaxWork = 2'000'000;  // nodes visited (aliases can multiply a small file)
constexpr int kMaxDepth = 256;

struct Walker {
  const Document& a;
  const Document& b;
  size_t max_changes;
  TreeDiff out;
  size_t work = 0;

  // An alias stands for its anchor's node; an undefined one for itself.
  static const Node* resolve(const Document& d, const Node* n) {
    for (int hops = 0; n && n->kind == Kind::alias && n->alias_known && hops < 64; ++hops) n = &d.node(n->target);
    return n;
  }

  static std::string shown(const Node* n) {
    if (!n) return "";
    switch (n->kind) {
      case Kind::null: return "null";
      case Kind::scalar: return n->text;
      case Kind::sequence: return "[…]";
      case Kind::map: return "{…}";
      case Kind::alias: return "*…";
    }
    return "";
  }

  bool full() {
    if (out.changes.size() >= max_changes || work > kMaxWork) {
      out.truncated = true;
      return true;
    }
    return false;
  }

  void add(const std::string& path, const Node* x, const Node* y, bool known) {
    if (full()) return;
    out.changes.push_back({path, shown(x), shown(y), known});
  }

  // The key table's view of a key of a mapping of `kind`: the kind of the
  // mappings below it ("" when none is known), and whether the format has it.
  static std::pair<std::string_view, bool> child_kind(std::string_view kind, std::string_view key, bool known) {
    if (!known) return {"", false};
    if (kind.empty()) return {"", true};  // inside a known value whose inner keys are not tabled (year maps)
    const format::Key* k = format::find_key(kind, key);
    if (!k) return {"", false};
    switch (k->type) {
      case format::Type::mapping:
      case format::Type::list:
      case format::Type::listings: return {k->kind, true};
      default: return {"", true};
    }
  }

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  // Each item's scalar `id`, when every item of the sequence has a distinct one.
  static bool ids(const Document& d, const Node& seq, std::vector<std::string>& out) {
    std::unordered_set<std::string> seen;
    for (uint32_t c : seq.children) {
      const Node* item = resolve(d, &d.node(c));
      const Node* id = nullptr;
      if (item && item->kind == Kind::map)
        for (size_t i = 0; i + 1 < item->children.size(); i += 2)
          if (d.node(item->children[i]).text == "id") id = resolve(d, &d.node(item->children[i + 1]));
      if (!id || id->kind != Kind::scalar || !seen.insert(id->text).second) return false;
      out.push_back(id->text);
    }
    return true;
  }

  void walk(const Node* x, const Node* y, const std::string& path, std::string_view kind, bool known, int depth) {
    x = resolve(a, x);
    y = resolve(b, y);
    ++work;
    if (full()) return;
    if (!x || !y || x->kind != y->kind || depth > kMaxDepth) {
      if (!x || !y || x->kind != y->kind || shown(x) != shown(y)) add(path, x, y, known);
      return;
    }
    switch (x->kind) {
      case Kind::null: return;
      case Kind::alias: return;  // undefined on both sides: nothing to compare
      case Kind::scalar:
        if (x->text != y->text) add(path, x, y, known);
        return;
      case Kind::map: {
        // Key order is layout. A key given twice counts once (its first value).
        std::unordered_map<std::string_view, const Node*> ya;
        for (size_t i = 0; i + 1 < y->children.size(); i += 2)
          ya.emplace(b.node(y->children[i]).text, &b.node(y->children[i + 1]));
        std::unordered_set<std::string_view> xs;
        for (size_t i = 0; i + 1 < x->children.size(); i += 2) {
          std::string_view key = a.node(x->children[i]).text;
          if (!xs.insert(key).second) continue;
          auto [k, kn] = child_kind(kind, key, known);
          auto it = ya.find(key);
          walk(&a.node(x->children[i + 1]), it == ya.end() ? nullptr : it->second, join(path, key), k, kn, depth + 1);
        }
        for (size_t i = 0; i + 1 < y->children.size(); i += 2) {
          std::string_view key = b.node(y->children[i]).text;
          if (!xs.insert(key).second) continue;
          auto [k, kn] = child_kind(kind, key, known);
          walk(nullptr, &b.node(y->children[i + 1]), join(path, key), k, kn, depth + 1);
        }
        return;
      }
      case Kind::sequence: {
        std::vector<std::string> ia, ib;
        if (ids(a, *x, ia) && ids(b, *y, ib)) {
          std::unordered_map<std::string_view, size_t> where;
          for (size_t j = 0; j < ib.size(); ++j) where.emplace(ib[j], j);
          for (size_t i = 0; i < ia.size(); ++i) {
            auto it = where.find(ia[i]);
            walk(&a.node(x->children[i]), it == where.end() ? nullptr : &b.node(y->children[it->second]),
                 path + "[" + ia[i] + "]", kind, known, depth + 1);
          }
          std::unordered_set<std::string_view> in_a(ia.begin(), ia.end());
          for (size_t j = 0; j < ib.size(); ++j)
            if (!in_a.count(ib[j]))
              walk(nullptr, &b.node(y->children[j]), path + "[" + ib[j] + "]", kind, known, depth + 1);
          return;
        }
        size_t n = std::max(x->children.size(), y->children.size());
        for (size_t i = 0; i < n; ++i)
          walk(i < x->children.size() ? &a.node(x->children[i]) : nullptr,
               i < y->children.size() ? &b.node(y->children[i]) : nullptr, path + "[" + std::to_string(i) + "]",
               kind, known, depth + 1);
        return;
      }
    }
  }
};

}  // namespace

TreeDiff diff_trees(const yaml::Document& old_doc, const yaml::Document& new_doc, size_t max_changes) {
  Walker w{old_doc, new_doc, max_changes, {}};
  const Node* x = old_doc.empty || old_doc.nodes.empty() ? nullptr : &old_doc.node(old_doc.root);
  const Node* y = new_doc.empty || new_doc.nodes.empty() ? nullptr : &new_doc.node(new_doc.root);
  if (x || y) w.walk(x, y, "", "top", true, 0);
  return std::move(w.out);
}

}  // namespace yplan

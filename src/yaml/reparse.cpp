// yaml::reparse (yplan/yaml_tree.hpp): an edited text read again without
// parsing it whole. `set`, `fix` and `set --recalc` rewrite values in place
// and then read the whole result again, to be sure every other value reads
// as before (PlanDocument::apply). On a 10,000-project plan yaml-cpp needs a
// third of a second for that read; this reads again only the lines the edit
// touched and proves the rest unchanged, or declines.
//
// Why the lines are enough: YAML's block structure is made of lines. yaml-cpp
// carries from one line to the next only what the line leaves open — a
// quoted string, a flow collection, a block scalar, a plain scalar that runs
// on, an implicit null — and its indentation. A line that reads on its own
// exactly as it read within the file (every scalar with its text, quoting,
// anchor, column; no flow collection that began on an earlier line) left
// nothing open; if the edited line also reads on its own with the same shape
// (the same collections, the same scalars in the same style — plain or
// quoted — at their new columns), the lines after it are read as before. Anything else — and any alias on the line,
// whose target is a node number — declines, and the caller parses whole.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "yaml/checks.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan::yaml {

namespace {

bool leaf(Kind k) { return k == Kind::scalar || k == Kind::null || k == Kind::alias; }

// One line read by itself: its tree and its leaves in document order.
struct Alone {
  Document doc;
  std::vector<uint32_t> leaves;
};

bool read_alone(std::string_view line, Alone& a) {
  SourceFile f;
  f.text = std::string(line);
  f.index_lines();
  ParseError e;
  if (!parse(f, a.doc, e) || a.doc.empty) return false;
  for (uint32_t i = 0; i < a.doc.nodes.size(); ++i)
    if (leaf(a.doc.nodes[i].kind)) a.leaves.push_back(i);
  return true;
}

// The same shape: the same collections with the same children, the same
// anchors; scalars may differ (the edit), aliases may not be there at all.
bool same_shape(const Document& x, const Document& y) {
  if (x.nodes.size() != y.nodes.size() || x.root != y.root) return false;
  for (size_t i = 0; i < x.nodes.size(); ++i) {
    const Node &a = x.nodes[i], &b = y.nodes[i];
    if (a.kind == Kind::alias || b.kind == Kind::alias) return false;
    const bool scalars = (a.kind == Kind::scalar || a.kind == Kind::null) &&
                         (b.kind == Kind::scalar || b.kind == Kind::null);
    if ((a.kind != b.kind && !scalars) || a.flow != b.flow || a.anchored != b.anchored || a.children != b.children)
      return false;
  }
  return true;
}

// A block scalar (`|`, `>`) on the line: read alone it ends with the line,
// but within the file it takes every more indented line after it, comments
// too ("b: |" above "    # note" reads "# note"). `start`: where the line
// begins in `text`.
bool block_scalar(std::string_view text, size_t start, const Alone& line) {
  for (uint32_t i : line.leaves) {
    const Node& n = line.doc.nodes[i];
    const size_t at = start + n.pos.offset;
    if (n.kind == Kind::scalar && n.quoted && at < text.size() && (text[at] == '|' || text[at] == '>')) return true;
  }
  return false;
}

// A leaf as the file read it, and as its line reads alone (`line_start`:
// where the line begins in the file).
bool reads_alike(const Node& in_file, const Node& alone, size_t line_start) {
  return in_file.kind == alone.kind && in_file.text == alone.text && in_file.quoted == alone.quoted &&
         in_file.anchored == alone.anchored && in_file.pos.col == alone.pos.col &&
         in_file.pos.offset == line_start + alone.pos.offset;
}

}  // namespace

bool reparse(const SourceFile& before, const Document& tree, const SourceFile& after,
             const std::vector<Splice>& splices, Document& out) {
  const std::string_view a = before.text, b = after.text;
  if (tree.empty) return false;

  // The splices: in order, each within one line, none inserting; and `after`
  // is `before` with them made, byte for byte.
  const size_t n = splices.size();
  std::vector<int64_t> grow(n + 1, 0);  // bytes added by the first k splices
  std::vector<int64_t> cols(n + 1, 0);  // code points added, likewise
  std::vector<uint32_t> line(n, 0);     // 1-based line of each splice
  std::vector<size_t> ends(n, 0);
  size_t at = 0;  // in `a`
  for (size_t k = 0; k < n; ++k) {
    const Splice& s = splices[k];
    // Not empty either way: `key:` with nothing takes the more indented lines below as its value.
    if (s.begin >= s.end || s.length == 0 || s.end > a.size() || s.begin < at) return false;
    const size_t nb = static_cast<size_t>(static_cast<int64_t>(s.begin) + grow[k]);
    if (nb + s.length > b.size() || a.substr(at, s.begin - at) != b.substr(static_cast<size_t>(at + grow[k]), s.begin - at))
      return false;
    const std::string_view was = a.substr(s.begin, s.end - s.begin), now = b.substr(nb, s.length);
    if (was.find_first_of("\r\n") != std::string_view::npos || now.find_first_of("\r\n") != std::string_view::npos)
      return false;
    grow[k + 1] = grow[k] + static_cast<int64_t>(s.length) - static_cast<int64_t>(s.end - s.begin);
    cols[k + 1] = cols[k] + static_cast<int64_t>(count_code_points(now)) - static_cast<int64_t>(count_code_points(was));
    line[k] = before.pos_at_offset(s.begin).line;
    ends[k] = s.end;
    at = s.end;
  }
  if (static_cast<int64_t>(a.size()) + grow[n] != static_cast<int64_t>(b.size()) ||
      a.substr(at) != b.substr(static_cast<size_t>(static_cast<int64_t>(at) + grow[n])))
    return false;

  // For each node, the line of the outermost flow collection around it (0: none).
  const auto& nodes = tree.nodes;
  std::vector<uint32_t> flow_line(nodes.size(), 0);
  std::vector<uint32_t> leaves;  // by offset
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    const uint32_t around = flow_line[i] ? flow_line[i] : nodes[i].flow ? nodes[i].pos.line : 0;
    for (uint32_t c : nodes[i].children) {
      if (c <= i || c >= nodes.size()) return false;  // not in document order: not a tree parse() built
      flow_line[c] = around;
    }
    if (leaf(nodes[i].kind)) leaves.push_back(i);
  }
  auto by_offset = [&](uint32_t x, uint32_t y) { return nodes[x].pos.offset < nodes[y].pos.offset; };
  if (!std::is_sorted(leaves.begin(), leaves.end(), by_offset))
    std::stable_sort(leaves.begin(), leaves.end(), by_offset);

  // Each line the splices touch, read alone before and after.
  struct Patch {
    uint32_t node;
    const Node* now;
    size_t offset;  // in `b`
  };
  std::vector<Patch> patches;
  std::vector<Alone> kept;  // the lines read alone, for as long as the patches point into them
  kept.reserve(2 * n);
  for (size_t k = 0; k < n;) {
    const size_t nl = splices[k].begin == 0 ? std::string_view::npos : a.rfind('\n', splices[k].begin - 1);
    const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    size_t stop = a.find('\n', splices[k].begin);
    if (stop == std::string_view::npos) stop = a.size();
    size_t last = k;
    while (last + 1 < n && splices[last + 1].begin < stop) ++last;
    const size_t new_start = static_cast<size_t>(static_cast<int64_t>(start) + grow[k]);
    const size_t new_stop = static_cast<size_t>(static_cast<int64_t>(stop) + grow[last + 1]);
    const size_t eol = stop < a.size() ? 1 : 0;  // with its line break: "2\r" alone reads as "2\r"
    kept.emplace_back();
    Alone& was = kept.back();
    kept.emplace_back();
    Alone& now = kept.back();
    if (!read_alone(a.substr(start, stop - start + eol), was) ||
        !read_alone(b.substr(new_start, new_stop - new_start + eol), now) || !same_shape(was.doc, now.doc) ||
        block_scalar(a, start, was) || block_scalar(b, new_start, now))
      return false;
    // The leaves the file has on this line, and the line alone has.
    auto lo = std::lower_bound(leaves.begin(), leaves.end(), start,
                               [&](uint32_t x, size_t off) { return nodes[x].pos.offset < off; });
    auto hi = std::lower_bound(lo, leaves.end(), stop,
                               [&](uint32_t x, size_t off) { return nodes[x].pos.offset < off; });
    if (static_cast<size_t>(hi - lo) != was.leaves.size()) return false;
    for (size_t j = 0; j < was.leaves.size(); ++j) {
      const uint32_t i = lo[static_cast<ptrdiff_t>(j)];
      const Node& w = was.doc.nodes[was.leaves[j]];
      if (nodes[i].kind == Kind::alias || !reads_alike(nodes[i], w, start)) return false;
      if (flow_line[i] && flow_line[i] != nodes[i].pos.line) return false;  // in a flow collection begun above
      const Node& x = now.doc.nodes[now.leaves[j]];
      // A plain scalar makes yaml-cpp look at the lines below for more of it
      // (and fail on a tab there); a quoted one does not: keep the style.
      if (x.quoted != w.quoted) return false;
      patches.push_back({i, &x, new_start + x.pos.offset});
    }
    k = last + 1;
  }

  // The tree of `after`: every node where its bytes moved to, and the
  // scalars of the edited lines as they read now.
  out = tree;
  for (auto& node : out.nodes) {
    Pos& p = node.pos;
    const size_t k = static_cast<size_t>(std::upper_bound(ends.begin(), ends.end(), p.offset) - ends.begin());
    if (k == 0) continue;
    const size_t first_on_line = static_cast<size_t>(std::lower_bound(line.begin(), line.end(), p.line) - line.begin());
    p.offset = static_cast<uint32_t>(static_cast<int64_t>(p.offset) + grow[k]);
    if (first_on_line < k) p.col = static_cast<uint32_t>(static_cast<int64_t>(p.col) + cols[k] - cols[first_on_line]);
  }
  for (const auto& patch : patches) {
    Node& node = out.nodes[patch.node];
    if (node.pos.offset != patch.offset || node.pos.col != patch.now->pos.col) return false;
    node.kind = patch.now->kind;
    node.text = patch.now->text;
    node.quoted = patch.now->quoted;
  }
  ParseError err;
  return text_checks(after, err) && tree_checks(after, out, err);
}

}  // namespace yplan::yaml

// Where a node ends: the byte span of a YAML node in its file, and the
// `end` of each finding (Diagnostic::end), so that an editor can underline
// exactly the offending node (LSP 3.17 §Diagnostic.range).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/edit.hpp"

namespace yplan {

// A byte span [begin, end) in a file's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool contains(size_t offset) const { return begin <= offset && offset < end; }
  // Touches `offset` (a cursor just after the last byte counts too).
  bool touches(size_t offset) const { return begin <= offset && offset <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// The span of a node: a scalar's text (quotes included); a collection from
// its first byte to the end of its last descendant (a flow collection to its
// closing bracket). A value written as nothing (`key:`) is an empty span at
// its key.
Span node_span(const PlanDocument& doc, uint32_t node);

// The nodes that start at each byte offset (a mapping and its first key
// start together), deepest last.
class NodeStarts {
 public:
  explicit NodeStarts(const PlanDocument& doc);
  std::vector<uint32_t> at(size_t offset) const;

 private:
  std::vector<std::pair<uint32_t, uint32_t>> starts_;  // (offset, node), sorted by offset then node
};

// Sets `end` of every diagnostic that has a position and no end: the end of
// the offending node — the node at `pos` that the finding's path names (a
// key, a value, or the mapping a field is missing from). `doc` may be null
// (the text did not parse): the end is then the end of the line at `pos`.
void fill_ends(const SourceFile& src, const PlanDocument* doc, std::vector<Diagnostic>& diags);

}  // namespace yplan

// A compact YAML document tree built from yaml-cpp's event parser.
//
// We do not use YAML::Node: building it is slower than our needs, and it
// loses what we need most — the exact position of every node, whether a
// scalar was quoted, and whether a collection was written in flow style.
// Nodes live in one vector; children are indices into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "yplan/source.hpp"

namespace yplan::yaml {

enum class Kind : uint8_t { null, scalar, sequence, map, alias };

struct Node {
  Kind kind = Kind::null;
  bool quoted = false;  // scalar written in quotes (or block literal): a string, never a number
  bool flow = false;    // collection written in flow style ({...} or [...])
  Pos pos;
  std::string text;               // scalar value (after YAML unescaping)
  std::vector<uint32_t> children; // sequence: items; map: key, value, key, value, ...
  bool anchored = false;          // written with an anchor (&name)
  uint32_t target = 0;            // alias: the node its anchor names (0 with `alias_known` false: undefined)
  bool alias_known = false;       // alias: `target` is set
};

struct ParseError {
  Pos pos;
  std::string message;
  std::string help;  // how to fix it, when the mistake is a known one; "" otherwise
};

struct Document {
  std::vector<Node> nodes;
  uint32_t root = 0;
  bool empty = true;  // no document at all (empty file, or only comments)

  const Node& node(uint32_t i) const { return nodes[i]; }
};

// The byte offset just past the closing quote of the quoted scalar whose
// opening quote (' or ") is at `offset`; std::string_view::npos when the
// quote is never closed.
size_t quoted_scalar_end(std::string_view text, size_t offset);

// Parses `src` (which must have its line table built). Returns false and
// fills `err` when the text is not a single well-formed YAML document.
bool parse(const SourceFile& src, Document& doc, ParseError& err);

}  // namespace yplan::yaml

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

// One replacement in a text: the bytes [begin, end) of the old text became
// `length` bytes of the new one.
struct Splice {
  size_t begin = 0, end = 0, length = 0;
};

// Reads `after` — the text of `before` with `splices` made (sorted by
// begin, not overlapping) — without parsing it whole, when each splice
// replaces bytes within one line by text without a line break (a value
// rewritten in place: what `set`, `fix` and `--recalc` do). Only the lines
// the splices touch are read again, each on its own, and only when each of
// them reads on its own as it read within the file, its flow collections
// included: then yaml-cpp reads every other line as before (YAML's block
// structure is made of lines; a line that is whole by itself leaves no
// quote, flow collection or block scalar open for the next). yplan's own
// text and tree checks run on the whole result, as parse runs them.
//
// True: `out` is what parse(after) gives, node for node (kinds, texts,
// quoting, positions; a fuzz property checks this). False: it cannot vouch
// for that (a splice across lines or inserting, a line that does not read
// alone as in the file, an alias on it, a check that fails): parse `after`.
// `after` must have its line table built.
bool reparse(const SourceFile& before, const Document& tree, const SourceFile& after,
             const std::vector<Splice>& splices, Document& out);

}  // namespace yplan::yaml

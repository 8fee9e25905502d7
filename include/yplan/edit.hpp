// Reading and editing a plan file by contract path, byte for byte: an edit
// replaces exactly the span of the value assigned (or inserts an absent key
// in the style of its neighbours) and leaves every other byte as it was.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "yplan/atomic_write.hpp"
#include "yplan/source.hpp"
#include "yplan/unified_diff.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan {

// A plan file opened for get/set: its text, its YAML tree and an index of
// the entities (project, section, kpi, goal) by id.
class PlanDocument {
 public:
  // Parses `src`. False (with a one-line reason) if it is not YAML.
  bool open(SourceFile src, std::string& error);

  const SourceFile& source() const { return src_; }
  const yaml::Document& tree() const { return doc_; }

  struct Lookup {
    bool found = false;
    uint32_t node = 0;          // when found
    std::string nearest;        // when not found: the nearest existing path ("" if none)
    std::string problem;        // when not found: what is wrong, one line
  };
  // Resolves a contract path ("kpi.portal-access.targets.R3"). Without
  // `suggest`, a path that does not resolve gets no `nearest` (finding it
  // scans every id: export and import look up many absent paths).
  Lookup lookup(const std::string& path, bool suggest = true) const;

  // The ids of a kind ("project", "section", "kpi", "goal"), in document order.
  std::vector<std::string> ids(const std::string& kind) const;

  // A scalar's exact byte span in the source: [begin, end). nullopt for a
  // value that cannot be edited in place (a multi-line or block scalar).
  std::optional<std::pair<size_t, size_t>> scalar_span(uint32_t node) const;

  struct Assignment {
    std::string path;
    std::string value;  // as the user wrote it: "△1,500", "R3", "null", text
    std::string origin; // where it came from, for messages ("argument 2", "batch.txt:7")
  };
  struct EditError {
    std::string origin;
    std::string message;
  };
  // One replacement made by apply(): the bytes [begin, end) of the old text
  // became `length` bytes of the new one.
  using Splice = yaml::Splice;
  // Applies every assignment to a copy of the text. All or nothing: on any
  // error returns false with every error found, and `out` is unspecified.
  // Before accepting, the result is read again: it must parse, every value
  // not assigned must read as before (edit/verify.hpp) and every
  // value assigned must read as assigned; if not, it is an error. Values
  // rewritten in place are read again line by line when yaml::reparse can
  // vouch for the rest of the file, else the whole text is parsed. With
  // `splices`, the replacements made, in text order.
  bool apply(const std::vector<Assignment>& edits, std::string& out, std::vector<EditError>& errors,
             std::vector<Splice>* splices = nullptr) const;

  // The offset in the old text of `offset` in the new one (a byte inside a
  // replacement maps to the replacement's start).
  static size_t old_offset(const std::vector<Splice>& splices, size_t offset);
  // The same, handing back the result as a source (line table built, same
  // path) and its parsed tree: the check that an edit leaves YAML parses it
  // anyway, so a caller that loads the result need not parse it again.
  bool apply(const std::vector<Assignment>& edits, SourceFile& out, yaml::Document& tree,
             std::vector<EditError>& errors, std::vector<Splice>* splices = nullptr) const;

  // Whether a node is written inside a flow collection ({...} or [...]).
  bool in_flow(uint32_t node) const;

 private:
  struct Step;  // internal: how far a path resolves
  bool index(std::string& error);  // after parsing: the checks and indexes of open()
  // Why an edit of `node` (named `path`; `itself`: the node's own value, not
  // a key to add under it) would change another value: an alias names it or
  // a mapping or list around it (`aliased`: node → the alias's line), or a
  // key on its way is written twice. nullopt: neither.
  std::optional<std::string> shared_or_doubled(uint32_t node, bool itself, const std::string& path,
                                               const std::unordered_map<uint32_t, uint32_t>& aliased) const;
  void index_entities();

  SourceFile src_;
  yaml::Document doc_;
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, uint32_t>>>> by_kind_;
  std::vector<std::unordered_map<std::string, uint32_t>> index_;  // by_kind_'s ids, hashed
  std::vector<uint32_t> parent_;  // parent node of each node (root: itself)
  friend class Editor;
};

// How a scalar is written in YAML: plain when it can be, double-quoted when it
// must (or `quote` when the old value was quoted that way: '\'' or '"').
std::string yaml_scalar(const std::string& value, bool in_flow, char quote = 0);

// A scalar YAML reads as the string `value` (an id written by a rename): as
// yaml_scalar, but quoted — double, or `quote` — when a YAML reader would
// take it plain for something else: null (`null`, `~`), a boolean (`true`,
// and YAML 1.1's `yes`, `on` …) or a number (`1.10`, `0x10`, `.inf`, `2020-01-01`).
std::string yaml_string(const std::string& value, bool in_flow, char quote = 0);

}  // namespace yplan

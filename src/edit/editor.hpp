// The editor behind PlanDocument's get/set, internal to the library: what
// its files share. edit/paths.cpp resolves a path (Editor::resolve, the
// Step it gives), edit/layout.cpp finds where a value's bytes are or where
// new ones go (the rest of Editor), edit/write.cpp writes values (NewTree,
// render_flow), and edit.cpp opens a plan and applies edits with them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yplan/edit.hpp"

namespace yplan {

namespace internal {

// A null written as a word (`null`, `Null`, `NULL`, `~`).
inline bool is_null_word(std::string_view s) { return s == "null" || s == "Null" || s == "NULL" || s == "~"; }

// A value to insert under a new key: a scalar, or a map of new keys. (The
// key lives in the node: a vector of pairs holding the node itself would need
// the type complete before it is.)
struct NewTree {
  std::string key;             // its key in the parent map
  std::string value;           // leaf
  std::vector<NewTree> keys;   // map (insertion order; years sorted)
  bool leaf = true;
};

// Adds `value` under `path` from its part `i` on (the parts before are the
// keys of `t` and its parents).
void put(NewTree& t, const std::vector<std::string>& path, size_t i, const std::string& value);
// Orders the year keys of `t` and of every map under it (other keys keep their place).
void sort_years(NewTree& t);
// `t` as a flow value: a scalar, or `{key: value, ...}`.
std::string render_flow(const NewTree& t, bool in_flow);

}  // namespace internal

// One resolved path: how far it exists, and what is missing beyond.
struct PlanDocument::Step {
  bool entity_found = false;
  uint32_t node = 0;                  // the deepest existing node
  std::string canonical;              // its path
  std::vector<std::string> missing;   // the parts beyond it that do not exist
  std::string problem, nearest;       // when the path cannot be resolved at all
};

// Reads a PlanDocument for get/set (its friend: the text, the tree, the
// parents and the id index): resolves a path, and finds where a value's bytes
// are in the text or where new ones go.
class Editor {
 public:
  explicit Editor(const PlanDocument& d) : d_(d), doc_(d.doc_) {}

  // Resolves a contract path as far as it exists (edit/paths.cpp).
  // `suggest`: work out the nearest existing path when it does not resolve
  // (a scan of the ids: without it, a miss costs no more than a hit).
  PlanDocument::Step resolve(const std::string& path, bool suggest = true) const;

  // A path to `node` that does not go through the id of `own` (an entity's
  // item): from the nearest other entity, by keys and list places
  // ("section.1.1.1.projects.0", "projects.3.id").
  std::string place_path(uint32_t node, uint32_t own) const;

  // When `path` names `node` through the node's own old text: the id of a
  // project, section, KPI or goal (`project.a.id`), a listing written as the
  // project id alone (`section.1.projects.a`) or its `project:` key. Assigning
  // `value` there leaves the path naming nothing (the edit's re-read finds no
  // value there): the message that says so and names the path that works.
  std::optional<std::string> why_id_assigned(const std::string& path, uint32_t node, const std::string& value) const;

  // The layout of the text (edit/layout.cpp).
  // Is `node` inside a flow collection?
  bool in_flow(uint32_t node) const;

  // Where a node's own text starts: past its properties (an anchor `&fy`, a
  // tag `!!str`), which an edit keeps. npos when a property ends its line.
  size_t value_start(uint32_t idx) const;

  // A block scalar (| or >), and whether it keeps its trailing blank lines (+).
  bool block_scalar(uint32_t idx, bool* keep = nullptr) const;

  // Why a value cannot be edited in place, for the message (one line).
  std::string why_not_editable(const std::string& path, uint32_t idx) const;

  // A value's exact byte span, past its anchor or tag: [begin, end).
  // nullopt when it cannot be edited in place (PlanDocument::scalar_span).
  std::optional<std::pair<size_t, size_t>> scalar_span(uint32_t idx) const;

  // The bytes of the key whose value is `value`, in its mapping; nullopt
  // when `value` is not a mapping's value or its key is not on one line.
  std::optional<std::pair<size_t, size_t>> key_span(uint32_t value) const;

  // For a value written as nothing at all (`key:`): the offset just after the
  // key's colon, where " VALUE" goes.
  std::optional<size_t> empty_value_point(uint32_t value) const;

  // For a key written alone in a flow mapping, without colon or value
  // (`{budget: 100, previous}`: `previous` is null): the offset just after
  // the key, where ": VALUE" goes.
  std::optional<size_t> bare_key_point(uint32_t value) const;

  // A value written as nothing but perhaps an anchor or a tag (`key:`, `key: &a`, `key: !!str`).
  bool empty_value(uint32_t idx) const;

  // The last scalar of a block value (itself, or the last value of its last entry, ...).
  uint32_t last_leaf(uint32_t idx) const;

  // Where a node's text ends (for inserting after it in a flow collection).
  std::optional<size_t> node_end(uint32_t idx) const;

  size_t line_start(size_t off) const;  // the start of the line of `off`
  size_t line_end_after(size_t off) const;  // just past the '\n' ending the line of `off`
  size_t indent_of_line(size_t start) const;  // the spaces a line starting at `start` begins with
  std::string eol_near(size_t off) const;  // the line ending used near `off` ("\r\n" or "\n")

  // The end of a block map entry (its key's line, and every deeper line after
  // it): where a new sibling line goes.
  size_t block_entry_end(uint32_t key) const;

  const PlanDocument& d_;
  const yaml::Document& doc_;
};

}  // namespace yplan

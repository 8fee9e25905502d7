// What changed between two versions of a plan, in domain terms: matched by
// id, never by position.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "yplan/model.hpp"
#include "yplan/report.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan {

enum class DiffGroup { plan, project, total, indicator, section };
enum class ChangeKind { added, removed, changed, renamed, moved };

struct Change {
  DiffGroup group = DiffGroup::plan;
  ChangeKind kind = ChangeKind::changed;
  std::string thing;    // "project", "kpi", "goal", "section", "plan", "total"
  std::string id;       // the id (the new one for a rename)
  std::string old_id;   // a rename's old id
  std::string name;     // name or title, for context
  std::string field;    // "budget", "targets.R3", "title", "listing", "issues" ...
  std::string path;     // contract path of the changed value (new side; old side for removals)
  std::string old_value, new_value;  // as shown ("" when absent)
  std::optional<double> old_number, new_number;  // for the difference and percent
  std::string detail;   // a short explanation ("opened", "closed", "2 changed, 1 added")
  std::vector<std::string> old_lines, new_lines;  // text changes, with --text
  size_t order = 0;     // document order within the group
};

struct DiffOptions {
  bool text = false;  // list changed text lines instead of counting them
  EraStyle era = EraStyle::as_written;
};

struct DiffResult {
  std::vector<Change> changes;  // grouped, in document order
  Money old_total, new_total;   // the department totals (each project once)
  bool empty() const { return changes.empty(); }
};

DiffResult diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& opts);

// A plan with no other side (git's diff driver: the old or the new file is
// /dev/null). The plan is one added (removed) entity, thing "plan", in the
// plan group: its id, title, stated total.budget as new_value (old_value)
// and, when added, "previous AMOUNT" in detail, as an added project reads;
// its projects, indicators and sections are each added (removed); there is
// no department-total group (the absent side has no total, not a total of 0).
DiffResult diff_plan_added(const Plan& plan, const DiffOptions& opts);
DiffResult diff_plan_removed(const Plan& plan, const DiffOptions& opts);

// One difference between two YAML documents. `path`: the keys from the top
// joined by '.', a list item as [ID] (when every item of both lists is a
// mapping with a distinct scalar `id`) or [INDEX]; "" for the document
// itself. Values: a scalar's text (after unescaping), "null", "{…}" for a
// mapping, "[…]" for a list; "" for the side where it is absent. `known`:
// false under a key the plan format does not have (yplan-plan(5), the key
// table of format.hpp), so that no diff shows it in plan terms.
struct TreeChange {
  std::string path;
  std::string old_value, new_value;
  bool known = true;
};

struct TreeDiff {
  std::vector<TreeChange> changes;  // in the old document's order, then what only the new one has
  bool truncated = false;           // more than max_changes, or too much to compare (aliases): the list stops
};

// What differs between two YAML documents apart from layout, comments,
// quoting and key order: maps compared by key, lists item by item (paired by
// id as above), scalars by text; an alias stands for its anchor's node. An
// empty document (/dev/null) has no nodes: everything in the other is added.
TreeDiff diff_trees(const yaml::Document& old_doc, const yaml::Document& new_doc, size_t max_changes = 200);

struct DiffRenderOptions {
  std::string old_name, new_name;  // how the two sides were named on the command line
  bool color = false;
  bool stat = false;  // counts per kind only
  bool text = false;
};

void render_diff_text(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o);
void render_diff_markdown(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o);
void render_diff_json(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o);

}  // namespace yplan

// Completing contract paths (plan-format "Paths") from a plan file's own
// content: for shell completion (`yplan get plan.yaml kpi.<TAB>`) and the
// language server. Reads the same id index and path resolution as get and
// set (PlanDocument::ids, lookup), so a candidate is always a path they accept.
#pragma once

#include <string>
#include <vector>

#include "yplan/edit.hpp"

namespace yplan {

// The paths that start with `prefix`, in document order:
// - the kinds `plan.`, `project.`, `section.`, `kpi.`, `goal.`;
// - `KIND.ID.` for every id of that kind, once the prefix names the kind;
// - the keys under the node `prefix` names up to its last dot (a map's
//   keys; a list's items by id, or by project for a section's listings).
// A candidate that ends in '.' leads to deeper paths (a mapping); any other
// is a complete path.
std::vector<std::string> complete_path(const PlanDocument& doc, const std::string& prefix);

}  // namespace yplan

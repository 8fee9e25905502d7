// `yplan import`: the workbook's changes as assignments, three ways.
#include "yplan/import.hpp"

#include "yplan/values.hpp"

namespace yplan {

workbook::PlanValue plan_value(const PlanDocument& doc, const std::string& path) {
  workbook::PlanValue v;
  auto at = doc.lookup(path, false);
  if (!at.found) return v;
  v.found = true;
  const yaml::Document& d = doc.tree();
  uint32_t i = at.node;
  if (d.node(i).kind == yaml::Kind::alias && d.node(i).alias_known) i = d.node(i).target;
  const yaml::Node& n = d.node(i);
  if (n.kind == yaml::Kind::null) {
    v.scalar = v.null = true;
  } else if (n.kind == yaml::Kind::scalar) {
    v.scalar = true;
    v.text = n.text;
  }
  return v;
}

namespace {

// The text to assign: null for an emptied cell; a whole number written the
// way the file writes the value it replaces.
std::string assigned(const workbook::Change& c, const std::string& file_value) {
  if (c.after.empty()) return "null";
  if (c.kind == workbook::Kind::amount || c.kind == workbook::Kind::number) {
    auto n = parse_number(c.after);
    if (n && n->integral && !n->overflow) return format_amount_like(n->integer, file_value);
  }
  return c.after;
}

}  // namespace

void import_changes(const PlanDocument& doc, const std::vector<workbook::Change>& changes, Prefer prefer,
                    std::vector<PlanDocument::Assignment>& assignments, std::vector<ImportConflict>& conflicts) {
  for (const auto& c : changes) {
    const workbook::PlanValue now = plan_value(doc, c.path);
    const std::string file = now.found && now.scalar && !now.null ? now.text : std::string();
    const bool file_same_as_export = (now.scalar || !now.found) && workbook::same_value(c.kind, file, c.before);
    if (!file_same_as_export) {
      if ((now.scalar || !now.found) && workbook::same_value(c.kind, file, c.after)) continue;  // both agree
      if (prefer == Prefer::file) continue;
      if (prefer == Prefer::none) {
        conflicts.push_back({c.cell, c.path, c.before, c.after, now.scalar || !now.found ? file : "…"});
        continue;
      }
    }
    assignments.push_back({c.path, assigned(c, file), c.cell});
  }
}

}  // namespace yplan

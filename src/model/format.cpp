// The plan format's key table (see yplan/format.hpp). Descriptions are
// yplan-plan(5)'s, shortened; they are English msgids, translated where
// they are shown (`yplan schema`).
#include "yplan/format.hpp"

namespace yplan::format {

// Rows name only the fields they set; the others keep their defaults. GCC 12
// warns about that even with default member initializers (GCC bug 96868).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

constexpr Word kStatus[] = {{"final", "final"}, {"draft", "draft"}};
constexpr Word kCategory[] = {{"new", "new"},   {"revised", "revised"}, {"continuing", "continuing"},
                              {"新規", "new"}, {"見直し", "revised"},  {"継続", "continuing"}};
constexpr Word kDirection[] = {{"increase", "increase"}, {"decrease", "decrease"}, {"maintain", "maintain"}};

constexpr Key kTop[] = {
    {.name = "yplan", .type = Type::version, .required = true,
     .description = "The format version: 1. Required."},
    {.name = "plan", .type = Type::mapping, .required = true, .kind = "plan",
     .description = "The plan: its id, title, years and total. Required."},
    {.name = "projects", .type = Type::list, .nullable = true, .kind = "project",
     .description = "Every budgeted project, defined once."},
    {.name = "sections", .type = Type::list, .nullable = true, .kind = "section",
     .description = "The top-level sections: the measure tree."},
};

constexpr Key kPlan[] = {
    {.name = "id", .type = Type::text, .required = true,
     .description = "The plan's id: ASCII letters and digits, then also '.', '_' and '-'. Required."},
    {.name = "title", .type = Type::text, .required = true, .description = "The plan's title as printed. Required."},
    {.name = "organization", .type = Type::text,
     .description = "The department or body that publishes the plan."},
    {.name = "fiscal_year", .type = Type::year, .description = "The budget year the amounts belong to."},
    {.name = "period", .type = Type::period,
     .description = "The years KPI and goal targets may cover: [first, last], both included."},
    {.name = "budget_unit", .type = Type::text,
     .description = "The unit of every amount in the file (default 千円); a label only."},
    {.name = "status", .type = Type::word, .values = kStatus,
     .description = "final or draft (default final). In a draft, open values need no note."},
    {.name = "basis", .type = Type::text, .description = "The plan that the sections' ref codes point into."},
    {.name = "follows", .type = Type::text,
     .description = "The id of the plan this one follows: the same plan's issue for the year before."},
    {.name = "total", .type = Type::mapping, .nullable = true, .kind = "total",
     .description = "The department total as printed (計), each project counted once."},
    {.name = "note", .type = Type::text, .description = "Free text about the plan."},
};

constexpr Key kTotal[] = {
    {.name = "budget", .type = Type::amount, .required = true, .nullable = true,
     .description = "This year's total. Required; null is compared as 0."},
    {.name = "previous", .type = Type::amount, .nullable = true,
     .description = "The previous year's total. When absent, it is not compared."},
};

constexpr Key kProject[] = {
    {.name = "id", .type = Type::text, .required = true,
     .description = "The project's id, unique among projects. Required."},
    {.name = "name", .type = Type::text, .required = true,
     .description = "The project's name as printed (事業名). Required."},
    {.name = "budget", .type = Type::amount, .required = true, .nullable = true,
     .description = "This year's budget, a whole number in budget_unit. Required."},
    {.name = "previous", .type = Type::amount, .nullable = true,
     .description = "The previous year's budget. Absent or null: none the year before."},
    {.name = "category", .type = Type::word, .values = kCategory,
     .description = "new (新規), revised (見直し) or continuing (継続)."},
    {.name = "summary", .type = Type::text_list, .nullable = true,
     .description = "The project's outline, one bullet an item."},
    {.name = "note", .type = Type::text, .description = "Free text about the project."},
};

constexpr Key kSection[] = {
    {.name = "id", .type = Type::text, .required = true,
     .description = "The section's id, usually its printed numbering (\"1.1.1\"). Required."},
    {.name = "label", .type = Type::text, .description = "The label as printed: Ⅰ, (1), ①."},
    {.name = "title", .type = Type::text, .required = true, .description = "The section's title. Required."},
    {.name = "ref", .type = Type::text, .description = "The code of this section in the plan named by plan.basis."},
    {.name = "goals", .type = Type::list, .nullable = true, .kind = "goal",
     .description = "Goal indicators (目標指標): a baseline and one final target each."},
    {.name = "kpis", .type = Type::list, .nullable = true, .kind = "kpi",
     .description = "Key performance indicators, with a target for each year."},
    {.name = "issues", .type = Type::text_list, .nullable = true, .description = "Issues (課題), one an item."},
    {.name = "responses", .type = Type::text_list, .nullable = true,
     .description = "Responses (対応), one an item."},
    {.name = "items", .type = Type::text_list, .nullable = true,
     .description = "Other bullet text, as in drafts and outlines."},
    {.name = "projects", .type = Type::listings, .nullable = true, .kind = "listing",
     .description = "The projects that serve this section: a project id, or a listing stating its own figures."},
    {.name = "total", .type = Type::mapping, .nullable = true, .kind = "total",
     .description = "The section's total as printed (計)."},
    {.name = "sections", .type = Type::list, .nullable = true, .kind = "section",
     .description = "The section's subsections."},
    {.name = "regions", .type = Type::text_list, .nullable = true,
     .description = "Focus regions (重点地域), one an item."},
    {.name = "outline_label", .type = Type::text,
     .description = "The label as the outline page prints it, when it differs from label."},
    {.name = "note", .type = Type::text, .description = "Free text about the section."},
};

constexpr Key kListing[] = {
    {.name = "project", .type = Type::text, .required = true, .description = "The listed project's id. Required."},
    {.name = "budget", .type = Type::amount, .nullable = true,
     .description = "The budget this listing states, as printed under this section."},
    {.name = "previous", .type = Type::amount, .nullable = true,
     .description = "The previous budget this listing states."},
    {.name = "partial", .type = Type::boolean, .nullable = true,
     .description = "Only part of the project belongs here (default false)."},
    {.name = "relisted", .type = Type::boolean, .nullable = true,
     .description = "The print marks this listing as a re-listing (再掲) (default false)."},
    {.name = "summary", .type = Type::text_list, .nullable = true,
     .description = "The outline printed under this section, when it differs from the project's."},
    {.name = "note", .type = Type::text, .description = "Free text about the listing."},
};

constexpr Key kKpi[] = {
    {.name = "id", .type = Type::text, .required = true,
     .description = "The KPI's id, unique among KPIs and goals together. Required."},
    {.name = "name", .type = Type::text, .required = true, .description = "The KPI's name as printed. Required."},
    {.name = "unit", .type = Type::text, .description = "The unit as printed: 件, 人, %."},
    {.name = "direction", .type = Type::word, .values = kDirection,
     .description = "Which way the targets should move: increase (default), decrease or maintain."},
    {.name = "cumulative", .type = Type::boolean, .nullable = true,
     .description = "A cumulative count (累計), which never falls (default false)."},
    {.name = "baseline", .type = Type::mapping, .nullable = true, .kind = "dated_value",
     .description = "The baseline (基準値): {year, value, note}; null when none is printed."},
    {.name = "targets", .type = Type::year_map, .nullable = true,
     .description = "One target per year: {R2: 116000, R3: \"118,000\", ...}; null is an open target."},
    {.name = "actuals", .type = Type::year_map, .nullable = true,
     .description = "Measured values (実績) by year."},
    {.name = "retired", .type = Type::text,
     .description = "Why (and from when) the KPI is no longer pursued; kept for its history."},
    {.name = "note", .type = Type::text, .description = "Free text about the KPI."},
};

constexpr Key kGoal[] = {
    {.name = "id", .type = Type::text, .required = true,
     .description = "The goal's id, unique among KPIs and goals together. Required."},
    {.name = "name", .type = Type::text, .required = true, .description = "The goal's name as printed. Required."},
    {.name = "unit", .type = Type::text, .description = "The unit as printed: 件, 人, %."},
    {.name = "direction", .type = Type::word, .values = kDirection,
     .description = "Which way the target should lie from the baseline: increase (default), decrease or maintain."},
    {.name = "baseline", .type = Type::mapping, .nullable = true, .kind = "dated_value",
     .description = "The baseline (基準値): {year, value, note}; null when none is printed."},
    {.name = "target", .type = Type::mapping, .nullable = true, .kind = "dated_value",
     .description = "The final target: {year, value, note}."},
    {.name = "actuals", .type = Type::year_map, .nullable = true,
     .description = "Measured values (実績) by year."},
    {.name = "retired", .type = Type::text,
     .description = "Why (and from when) the goal is no longer pursued; kept for its history."},
    {.name = "note", .type = Type::text, .description = "Free text about the goal."},
};

constexpr Key kDatedValue[] = {
    {.name = "year", .type = Type::year, .nullable = true, .description = "The year of the value; may be left out."},
    {.name = "value", .type = Type::number, .required = true, .nullable = true,
     .description = "The value, as printed (\"△4,543\"); null is an open value. The key is required."},
    {.name = "note", .type = Type::text, .description = "Why the value is open, or any remark."},
};

constexpr Key kTargetValue[] = {
    {.name = "value", .type = Type::number, .nullable = true,
     .description = "The value, as printed; null or absent is an open target."},
    {.name = "note", .type = Type::text, .description = "Why the target is open (the print's ※ notes), or any remark."},
};

constexpr NodeKind kKinds[] = {
    {"top", kTop, "A yplan plan file (plan format version 1, yplan-plan(5))."},
    {"plan", kPlan, "The plan."},
    {"total", kTotal, "A total as printed (計)."},
    {"project", kProject, "A project, defined once."},
    {"section", kSection, "A node of the measure tree: a pillar, a policy, a direction."},
    {"listing", kListing, "A listing of a project under a section that states its own figures."},
    {"kpi", kKpi, "A key performance indicator, with a target for each year."},
    {"goal", kGoal, "A goal indicator (目標指標): a baseline and one final target."},
    {"dated_value", kDatedValue, "A baseline or a goal's target: {year, value, note}."},
    {"target_value", kTargetValue, "A target or an actual written as {value, note}."},
};

}  // namespace

std::span<const NodeKind> node_kinds() { return kKinds; }

const NodeKind* node_kind(std::string_view name) {
  for (const auto& k : kKinds)
    if (k.name == name) return &k;
  return nullptr;
}

const Key* find_key(std::string_view kind, std::string_view key) {
  const NodeKind* k = node_kind(kind);
  if (!k) return nullptr;
  for (const auto& row : k->keys)
    if (row.name == key) return &row;
  return nullptr;
}

std::vector<std::string_view> key_names(std::string_view kind) {
  std::vector<std::string_view> out;
  if (const NodeKind* k = node_kind(kind))
    for (const auto& row : k->keys) out.push_back(row.name);
  return out;
}

bool is_plan_document(const yaml::Document& doc) {
  if (doc.empty || doc.nodes.empty()) return false;
  const yaml::Node& top = doc.node(doc.root);
  if (top.kind != yaml::Kind::map) return false;
  for (size_t i = 0; i + 1 < top.children.size(); i += 2) {
    const yaml::Node& k = doc.node(top.children[i]);
    if (k.kind == yaml::Kind::scalar && (k.text == "yplan" || k.text == "plan")) return true;
  }
  return false;
}

}  // namespace yplan::format

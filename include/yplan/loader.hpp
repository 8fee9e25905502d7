// Loading a plan file into the model, keeping every node's position.
#pragma once

#include "yplan/diagnostic.hpp"
#include "yplan/model.hpp"
#include "yplan/source.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan {

// Parses and loads `src`. Findings of the `parse`, `schema`, `year-format`
// and `value-format` checks go to `sink`. Returns false when the text is not
// YAML at all (a `parse` finding); the model is then empty. When it returns
// true, the model holds everything that could be read, even if some of it
// was wrong, so that the checks can still run on the rest.
bool load_plan(const SourceFile& src, Plan& plan, Sink& sink);

// The same, from a tree already parsed (get/set keep the tree).
void load_plan(const SourceFile& src, const yaml::Document& doc, Plan& plan, Sink& sink);

// An amount as the loader reads its value node `n` (plan-format "Amounts"),
// without the findings: stated; null → no amount; a whole number that fits
// in 64 bits (parse_number's notations: "200,753", full-width digits, △) →
// that amount; anything else → invalid. Recalculation reads an assigned
// value with it as the loader would read it from the file.
AmountField read_amount(const yaml::Node& n);

// The keys each kind of mapping accepts, for suggestions and documentation.
namespace keys {
extern const std::vector<std::string_view> top, plan, total, project, section, listing, kpi,
    goal, baseline, target, goal_target;
}

}  // namespace yplan

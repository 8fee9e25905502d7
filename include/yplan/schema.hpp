// `yplan schema`: the plan format as a JSON Schema (draft 2020-12), made
// from the format's key table (yplan/format.hpp) — the same table the loader
// reads — so that editors (yaml-language-server) check what yplan checks.
#pragma once

#include <nlohmann/json.hpp>

namespace yplan {

// The schema: the document at the root, one $defs entry per node kind of
// the table ("plan", "project", "kpi", ...), every mapping closed
// (additionalProperties: false), required keys, enums (category accepts
// both `new` and `新規`), and patterns for ids, years and numbers as printed
// (yplan-plan(5), YEARS and NUMBERS). Descriptions are the table's, in the
// current language (yplan/i18n.hpp). A pattern only constrains strings: a
// YAML number is checked by type (and a year by range) instead.
nlohmann::ordered_json plan_schema();

// ECMA-262 patterns (as JSON Schema uses them) of a year and of a number or
// amount written as a string.
extern const char* const kYearPattern;
extern const char* const kNumberPattern;
extern const char* const kAmountPattern;

}  // namespace yplan

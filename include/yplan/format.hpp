// The plan format's key table (yplan-plan(5), "STRUCTURE" and the sections
// after it): which keys each kind of mapping has, the kind of value each
// holds, which are required, and the words an enumerated key accepts.
//
// One table, read by the loader (known keys, required keys, enumerations),
// `yplan schema` (the JSON Schema), shell completion and the language
// server, so that none of them can drift from the others. Adding a key:
// add its row here, then read it in src/load/loader.cpp and the other files of src/load/; tests/unit/render/test_format.cpp
// fails until the schema and the loader agree.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "yplan/yaml_tree.hpp"

namespace yplan::format {

// The kind of value a key holds (yplan-plan(5), "Kinds of value").
enum class Type {
  version,    // `yplan`: the format version, the scalar 1
  text,       // any scalar but null, read as written
  text_list,  // a list of text
  year,       // a year in a notation of YEARS (R2, H30, 2020, 令和２年度)
  period,     // a list of exactly two years, [first, last]
  amount,     // a whole number in plan.budget_unit (NUMBERS)
  number,     // a number that may have decimals (NUMBERS)
  boolean,    // true | false, unquoted
  word,       // one of `values`
  mapping,    // a mapping of the node kind `kind`
  list,       // a list of mappings of the node kind `kind`
  listings,   // a section's projects: each a project id or a `listing` mapping
  year_map,   // year → number | null | a `target_value` mapping (targets, actuals)
};

// A word an enumerated key accepts, and the English word it means (新規 → new).
struct Word {
  std::string_view name;
  std::string_view means;
};

struct Key {
  std::string_view name;
  Type type;
  bool required = false;
  bool nullable = false;             // null is accepted (and means none, open or the default)
  std::string_view kind;             // mapping, list: the node kind of the value ("total", "kpi")
  std::span<const Word> values;      // word: the accepted words, in the order messages list them
  std::string_view description;      // English, from yplan-plan(5); the msgid of its translation
};

// A kind of mapping: "top" (the document), "plan", "total", "project",
// "section", "listing", "kpi", "goal", "dated_value" (a baseline or a goal's
// target: {year, value, note}), "target_value" (a target or actual written as
// {value, note}).
struct NodeKind {
  std::string_view name;
  std::span<const Key> keys;         // in the order messages list them
  std::string_view description;
};

// Every node kind, the document ("top") first.
std::span<const NodeKind> node_kinds();

// The node kind named `name`; nullptr when there is none.
const NodeKind* node_kind(std::string_view name);

// The key `key` of `kind`; nullptr when there is none.
const Key* find_key(std::string_view kind, std::string_view key);

// The names of a node kind's keys, in table order (empty for an unknown kind).
std::vector<std::string_view> key_names(std::string_view kind);

// True when the document's top level is a mapping with a `yplan` or a
// `plan` key: meant as a plan, even one with mistakes (a plan without
// `yplan: 1` still is). YAML that is neither (mkdocs.yml, compose.yaml) is
// not: `validate --plans-only` skips it, git's diff driver diffs it line by
// line.
bool is_plan_document(const yaml::Document& doc);

}  // namespace yplan::format

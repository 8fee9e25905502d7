// The check behind set's promise "every byte it was not asked to change is
// kept": the values of the file before and after an edit, compared. Internal
// to the library (edit.cpp runs it on every edit before it is accepted).
#pragma once

#include <optional>
#include <string>
#include <unordered_set>

#include "yplan/yaml_tree.hpp"

namespace yplan::internal {

// Walks `before` and `after` together (map entries by key, list items by
// index) and returns the path (dotted, as get reads it structurally:
// "sections.0.kpis.1.targets.R3") of the first value of `before` that reads
// differently in `after`, or nullopt when all read the same. Nodes of
// `before` in `changed` (the values assigned) are not compared; keys that
// `after` has and `before` has not (the keys inserted) are ignored. An alias
// compares equal when it names a node at the same place, and is a change when
// its anchor is in `changed` or holds a node of `changed`.
std::optional<std::string> first_other_change(const yaml::Document& before, const yaml::Document& after,
                                              const std::unordered_set<uint32_t>& changed);

}  // namespace yplan::internal

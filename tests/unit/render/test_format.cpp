// The format's key table (yplan/format.hpp) against the loader and
// `yplan schema`: every key the loader knows is in the schema and every key
// of the schema is one the loader knows; required keys and enumerations
// agree; and the loader really accepts each key and each word (a table the
// loader stopped reading would fail here).
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "helpers.hpp"
#include "yplan/format.hpp"
#include "yplan/loader.hpp"
#include "yplan/schema.hpp"

namespace {

using yplan::format::Type;

// A document with a mapping of each node kind; `@` marks where a key goes.
const std::map<std::string, std::string> kWhere = {
    {"top", "yplan: 1\nplan: {id: p, title: t}\n@"},
    {"plan", "yplan: 1\nplan: {id: p, title: t@}\n"},
    {"total", "yplan: 1\nplan: {id: p, title: t, total: {budget: 1@}}\n"},
    {"project", "yplan: 1\nplan: {id: p, title: t}\nprojects:\n  - {id: a, name: n, budget: 1@}\n"},
    {"section", "yplan: 1\nplan: {id: p, title: t}\nsections:\n  - {id: s, title: t@}\n"},
    {"listing",
     "yplan: 1\nplan: {id: p, title: t}\nprojects: [{id: a, name: n, budget: 1}]\n"
     "sections:\n  - {id: s, title: t, projects: [{project: a@}]}\n"},
    {"kpi", "yplan: 1\nplan: {id: p, title: t}\nsections:\n  - {id: s, title: t, kpis: [{id: k, name: n@}]}\n"},
    {"goal", "yplan: 1\nplan: {id: p, title: t}\nsections:\n  - {id: s, title: t, goals: [{id: g, name: n@}]}\n"},
    {"dated_value",
     "yplan: 1\nplan: {id: p, title: t}\nsections:\n  - {id: s, title: t, kpis: [{id: k, name: n, "
     "baseline: {value: 1@}}]}\n"},
    {"target_value",
     "yplan: 1\nplan: {id: p, title: t}\nsections:\n  - {id: s, title: t, kpis: [{id: k, name: n, "
     "targets: {R2: {value: 1@}}}]}\n"},
};

// The document with `key: value` in a mapping of `kind` (the key already
// there when the base document has it).
std::string with_key(const std::string& kind, const std::string& key, const std::string& value) {
  std::string doc = kWhere.at(kind);
  auto at = doc.find('@');
  std::string before = doc.substr(0, at);
  bool present = before.find("{" + key + ":") != std::string::npos || before.find(" " + key + ":") != std::string::npos ||
                 before.find("\n" + key + ":") != std::string::npos;
  std::string ins = present ? "" : (kind == "top" ? key + ": " + value + "\n" : ", " + key + ": " + value);
  return before + ins + doc.substr(at + 1);
}

std::vector<std::string> unknown_key_findings(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& d : yplan_test::load(text).diags)
    if (d.message.find("unknown key") != std::string::npos) out.push_back(yplan_test::show(d));
  return out;
}

// The loader's own lists of known keys (yplan/loader.hpp), by node kind.
const std::map<std::string, const std::vector<std::string_view>*> kLoaderKeys = {
    {"top", &yplan::keys::top},         {"plan", &yplan::keys::plan},       {"total", &yplan::keys::total},
    {"project", &yplan::keys::project}, {"section", &yplan::keys::section}, {"listing", &yplan::keys::listing},
    {"kpi", &yplan::keys::kpi},         {"goal", &yplan::keys::goal},       {"dated_value", &yplan::keys::baseline},
    {"target_value", &yplan::keys::target},
};

}  // namespace

TEST_CASE("format: every node kind has a place in a document and a list of loader keys") {
  for (const auto& n : yplan::format::node_kinds()) {
    CAPTURE(n.name);
    CHECK(kWhere.count(std::string(n.name)) == 1);
    CHECK(kLoaderKeys.count(std::string(n.name)) == 1);
  }
  CHECK(kWhere.size() == yplan::format::node_kinds().size());
  CHECK(yplan::keys::goal_target == yplan::keys::baseline);
}

TEST_CASE("format: the loader's keys are the schema's keys, kind by kind, in the same order") {
  const auto schema = yplan::plan_schema();
  for (const auto& [kind, loader_keys] : kLoaderKeys) {
    CAPTURE(kind);
    const auto& node = kind == "top" ? schema : schema["$defs"][kind];
    REQUIRE(node.contains("properties"));
    std::vector<std::string> from_schema, from_loader;
    for (const auto& [key, value] : node["properties"].items()) from_schema.push_back(key);
    for (auto k : *loader_keys) from_loader.push_back(std::string(k));
    CHECK(from_schema == from_loader);
    CHECK(node["additionalProperties"] == false);
    // Required keys: the schema's are the table's.
    std::vector<std::string> required_schema, required_table;
    if (node.contains("required"))
      for (const auto& r : node["required"]) required_schema.push_back(r.get<std::string>());
    for (const auto& k : yplan::format::node_kind(kind)->keys)
      if (k.required) required_table.push_back(std::string(k.name));
    CHECK(required_schema == required_table);
  }
  // No kind in the schema that the loader does not read.
  CHECK(schema["$defs"].size() + 1 == kLoaderKeys.size());
}

TEST_CASE("format: the loader accepts every key of the table, and no other") {
  for (const auto& n : yplan::format::node_kinds()) {
    for (const auto& k : n.keys) {
      CAPTURE(n.name);
      CAPTURE(k.name);
      CHECK(unknown_key_findings(with_key(std::string(n.name), std::string(k.name), "null")) ==
            std::vector<std::string>{});
    }
    CAPTURE(n.name);
    auto bogus = unknown_key_findings(with_key(std::string(n.name), "zz_not_a_key", "1"));
    REQUIRE(bogus.size() == 1);
    CHECK(bogus[0].find("unknown key `zz_not_a_key`") != std::string::npos);
  }
}

TEST_CASE("format: the loader reads every word of an enumeration, and the schema lists them") {
  const auto schema = yplan::plan_schema();
  int words = 0;
  for (const auto& n : yplan::format::node_kinds()) {
    for (const auto& k : n.keys) {
      if (k.type != Type::word) continue;
      CAPTURE(n.name);
      CAPTURE(k.name);
      std::vector<std::string> from_schema;
      for (const auto& w : schema["$defs"][std::string(n.name)]["properties"][std::string(k.name)]["enum"])
        from_schema.push_back(w.get<std::string>());
      std::vector<std::string> from_table;
      for (const auto& w : k.values) {
        from_table.push_back(std::string(w.name));
        ++words;
        // A word the loader knows gives no schema finding at that key.
        for (const auto& d : yplan_test::load(with_key(std::string(n.name), std::string(k.name), std::string(w.name))).diags)
          CHECK(d.message.find("is not a valid") == std::string::npos);
      }
      CHECK(from_schema == from_table);
      bool rejected = false;
      for (const auto& d : yplan_test::load(with_key(std::string(n.name), std::string(k.name), "zz")).diags)
        rejected |= d.message.find("`zz` is not a valid " + std::string(k.name)) != std::string::npos;
      CHECK(rejected);
    }
  }
  CHECK(words == 2 + 6 + 3 + 3);  // status, category, direction (kpi, goal)
}

TEST_CASE("format: category accepts the Japanese words as the English ones") {
  auto l = yplan_test::load(
      "yplan: 1\nplan: {id: p, title: t}\nprojects:\n  - {id: a, name: n, budget: 1, category: 新規}\n"
      "  - {id: b, name: n, budget: 1, category: 見直し}\n  - {id: c, name: n, budget: 1, category: 継続}\n");
  REQUIRE(l.plan.projects.size() == 3);
  CHECK(l.plan.projects[0].category == yplan::Category::new_);
  CHECK(l.plan.projects[1].category == yplan::Category::revised);
  CHECK(l.plan.projects[2].category == yplan::Category::continuing);
}

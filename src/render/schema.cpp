// The JSON Schema of the plan format (yplan/schema.hpp), generated from the
// key table. JSON Schema draft 2020-12 (json-schema.org/draft/2020-12).
#include "yplan/schema.hpp"

#include <string>

#include "yplan/format.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

// yplan-plan(5), YEARS: 2020, R2, R02, 令和2, 令和２年度, R元, H30, 平成30年度,
// ㋿2, ㍻30; full-width digits; a trailing 年度 or 年; spaces around.
const char* const kYearPattern =
    "^\\s*(?:[0-9０-９]{4}|(?:[RrHhＲｒＨｈ]|令和|平成|㋿|㍻)(?:元|[0-9０-９]{1,2}))\\s*(?:年度|年)?\\s*$";
// yplan-plan(5), NUMBERS: a sign (△ ▲ - − +, full-width too), digits grouped
// by commas in threes or not at all, a decimal part for numbers only.
#define YPLAN_DIGITS "(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)"
const char* const kNumberPattern = "^\\s*[△▲+＋\\-－−]?" YPLAN_DIGITS "(?:[.．][0-9０-９]+)?\\s*$";
const char* const kAmountPattern = "^\\s*[△▲+＋\\-－−]?" YPLAN_DIGITS "\\s*$";
#undef YPLAN_DIGITS

namespace {

using json = nlohmann::ordered_json;
using format::Type;

// An id (yplan-plan(5), IDS): no spaces or control characters. A plan id
// is stricter: [A-Za-z0-9][A-Za-z0-9._-]*.
constexpr const char* kIdPattern = "^[^\\u0000-\\u0020\\u007f]+$";
constexpr const char* kPlanIdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

std::string desc(std::string_view d) { return tr(std::string(d).c_str()); }

json ref(std::string_view kind) { return json{{"$ref", "#/$defs/" + std::string(kind)}}; }

// `types` plus "null" when the key accepts null.
json types(std::initializer_list<const char*> ts, bool nullable) {
  json a = json::array();
  for (const char* t : ts) a.push_back(t);
  if (nullable) a.push_back("null");
  return a;
}

json year_schema(bool nullable) {
  return json{{"type", types({"integer", "string"}, nullable)},
              {"minimum", 1000},
              {"maximum", 9999},
              {"pattern", kYearPattern}};
}

json number_schema(bool nullable) {
  return json{{"type", types({"number", "string"}, nullable)}, {"pattern", kNumberPattern}};
}

// A text field: any scalar but null (`id: 1.10` and `title: 2020` are text).
json text_schema() { return json{{"type", json::array({"string", "number", "boolean"})}}; }

json value_schema(std::string_view kind, const format::Key& k) {
  json s;
  switch (k.type) {
    case Type::version: s = json{{"enum", json::array({1, "1"})}}; break;
    case Type::text:
      s = text_schema();
      if (k.name == "id" || (kind == "listing" && k.name == "project"))
        s["pattern"] = kind == "plan" ? kPlanIdPattern : kIdPattern;
      break;
    case Type::text_list: s = json{{"type", types({"array"}, k.nullable)}, {"items", text_schema()}}; break;
    case Type::year: s = year_schema(k.nullable); break;
    case Type::period:
      s = json{{"type", "array"}, {"items", year_schema(false)}, {"minItems", 2}, {"maxItems", 2}};
      break;
    case Type::amount:
      s = json{{"type", types({"integer", "string"}, k.nullable)}, {"pattern", kAmountPattern}};
      break;
    case Type::number: s = number_schema(k.nullable); break;
    case Type::boolean: s = json{{"type", types({"boolean"}, k.nullable)}}; break;
    case Type::word: {
      json e = json::array();
      for (const auto& w : k.values) e.push_back(w.name);
      if (k.nullable) e.push_back(nullptr);
      s = json{{"enum", e}};
      break;
    }
    case Type::mapping:
      s = k.nullable ? json{{"anyOf", json::array({ref(k.kind), json{{"type", "null"}}})}} : ref(k.kind);
      break;
    case Type::list: s = json{{"type", types({"array"}, k.nullable)}, {"items", ref(k.kind)}}; break;
    case Type::listings: {
      json bare = text_schema();
      bare["pattern"] = kIdPattern;
      bare["description"] = desc("A project id: the listing counts the project's own figures.");
      s = json{{"type", types({"array"}, k.nullable)}, {"items", json{{"anyOf", json::array({bare, ref(k.kind)})}}}};
      break;
    }
    case Type::year_map:
      s = json{{"type", types({"object"}, k.nullable)},
               {"propertyNames", json{{"pattern", kYearPattern}}},
               {"additionalProperties", json{{"anyOf", json::array({number_schema(true), ref("target_value")})}}}};
      break;
  }
  s["description"] = desc(k.description);
  return s;
}

json kind_schema(const format::NodeKind& n) {
  json props = json::object();
  json required = json::array();
  for (const auto& k : n.keys) {
    props[std::string(k.name)] = value_schema(n.name, k);
    if (k.required) required.push_back(k.name);
  }
  json s{{"type", "object"}, {"description", desc(n.description)}, {"properties", props}};
  if (!required.empty()) s["required"] = required;
  s["additionalProperties"] = false;
  return s;
}

}  // namespace

json plan_schema() {
  json defs = json::object();
  const format::NodeKind* top = nullptr;
  for (const auto& n : format::node_kinds()) {
    if (n.name == "top") top = &n;
    else defs[std::string(n.name)] = kind_schema(n);
  }
  json root{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
            {"title", tr("yplan plan file, format version 1")}};
  const json document = kind_schema(*top);
  for (const auto& [key, value] : document.items()) root[key] = value;
  root["$defs"] = defs;
  return root;
}

}  // namespace yplan

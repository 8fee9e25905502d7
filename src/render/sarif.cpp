// validate --format sarif: SARIF 2.1.0 (OASIS, sarif-v2.1.0-os), the format
// code-scanning services (GitHub, GitLab, Azure DevOps) read. One rule per
// check (§3.49 reportingDescriptor), one result per finding (§3.27).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"
#include "yplan/render.hpp"

#include "artifact.hpp"

#ifndef YPLAN_VERSION
#define YPLAN_VERSION "0.0.0"
#endif

namespace yplan {

namespace {

using json = nlohmann::ordered_json;

// A file path as a URI reference (RFC 3986, SARIF §3.10.2): unreserved
// characters and '/' as they are, every other byte percent-encoded (so
// spaces and Japanese names survive).
std::string uri_of(std::string_view path) {
  std::string o;
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) o += static_cast<char>(c);
    else o += fmt::format("%{:02X}", c);
  }
  return o;
}

// A check's default level (§3.50.3): its severity; a check that can give
// both ("error / warning") defaults to error, each result says its own.
const char* default_level(std::string_view severity) {
  return severity == "warning" ? "warning" : "error";
}

json rule_of(const CheckInfo& c) {
  std::string full = trf("{} (severity: {}).", c.summary, c.severity);
  std::string help =
      trf("See the `{0}` row of the checks table in yplan-plan(5); examples/broken/{0}.yaml is a plan it "
          "fires on. Leave it out with `yplan validate --skip {0}`.",
          c.name);
  return json{{"id", c.name},
              {"name", c.name},
              {"shortDescription", {{"text", std::string(c.summary)}}},
              {"fullDescription", {{"text", full}}},
              {"help", {{"text", help}}},
              {"defaultConfiguration", {{"level", default_level(c.severity)}}}};
}

}  // namespace

void render_sarif(std::ostream& out, const Validation& v, const std::string& root) {
  json rules = json::array();
  auto checks = all_checks();
  for (const auto& c : checks) rules.push_back(rule_of(c));

  json results = json::array();
  bool relative = false;
  for (const auto& d : v.diagnostics) {
    json region{{"startLine", d.pos.line}, {"startColumn", d.pos.col}};
    if (d.end.line > 0) {
      region["endLine"] = d.end.line;
      region["endColumn"] = d.end.col;
    }
    // §3.4.3, §3.10: a relative reference from %SRCROOT% (the repository's
    // root, defined below), else an absolute file URI; never the path as typed.
    auto where = render::artifact_path(d.file, root);
    json artifact{{"uri", where.relative || where.path == "-" ? uri_of(where.path) : "file://" + uri_of(where.path)}};
    if (where.relative) {
      artifact["uriBaseId"] = "%SRCROOT%";
      relative = true;
    }
    json location{{"physicalLocation", {{"artifactLocation", artifact}, {"region", region}}}};
    // The contract path (plan-format "Paths"), e.g. kpi.portal-access.targets.R3.
    if (!d.path.empty()) location["logicalLocations"] = json::array({json{{"fullyQualifiedName", d.path}}});
    json result{{"ruleId", d.check}};
    for (size_t i = 0; i < checks.size(); ++i)
      if (checks[i].name == d.check) result["ruleIndex"] = i;
    result["level"] = d.severity == Severity::error ? "error" : "warning";
    std::string text = d.message;
    if (!d.help.empty()) text += "\n" + d.help;
    result["message"] = {{"text", text}};
    result["locations"] = json::array({location});
    results.push_back(std::move(result));
  }

  json run{{"tool", {{"driver", {{"name", "yplan"},
                                 {"version", YPLAN_VERSION},
                                 {"rules", rules}}}}},
           // yplan's columns count Unicode code points, not UTF-16 code
           // units (SARIF's default, §3.14.17).
           {"columnKind", "unicodeCodePoints"}};
  // §3.14.14: what %SRCROOT% stands for (an absolute URI ending in '/').
  if (relative && !root.empty())
    run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + uri_of(root)}}}};
  run["results"] = std::move(results);
  json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
           {"version", "2.1.0"},
           {"runs", json::array({run})}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace yplan

// Renderers of validation results: text, JSON, GitHub annotations, JUnit XML (render.hpp).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/checks.hpp"
#include "yplan/render.hpp"

using yplan::Diagnostic;
using yplan::Severity;
using yplan::Validation;

namespace {

Diagnostic diag(std::string file, uint32_t line, uint32_t col, Severity sev, std::string check, std::string path,
                std::string message) {
  Diagnostic d;
  d.file = std::move(file);
  d.pos = yplan::Pos{line, col, 0};
  d.severity = sev;
  d.check = std::move(check);
  d.path = std::move(path);
  d.message = std::move(message);
  return d;
}

// One file, one error and one warning (as the golden findings.yaml has).
Validation one_of_each() {
  Validation v;
  v.files = {"plans/a.yaml"};
  v.diagnostics = {
      diag("plans/a.yaml", 14, 9, Severity::warning, "unlisted-project", "project.b",
           "project `b` is defined but no section lists it"),
      diag("plans/a.yaml", 23, 21, Severity::error, "budget-total", "section.1.total.budget",
           "stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)"),
  };
  return v;
}

std::string text(const Validation& v, bool color = false, bool quiet = false) {
  std::ostringstream out;
  yplan::render_text(out, v, color, quiet);
  return out.str();
}

std::string github(const Validation& v) {
  std::ostringstream out;
  yplan::render_github(out, v);
  return out.str();
}

std::string junit(const Validation& v, const std::vector<std::string>& skipped) {
  std::ostringstream out;
  yplan::render_junit(out, v, skipped);
  return out.str();
}

// Every check but `keep`, to keep JUnit outputs short.
std::vector<std::string> skip_all_but(const std::set<std::string>& keep) {
  std::vector<std::string> out;
  for (const auto& c : yplan::all_checks())
    if (!keep.count(std::string(c.name))) out.emplace_back(c.name);
  return out;
}

// A small XML well-formedness check: tags nest and close, attribute values are
// quoted, text and attributes hold no raw '<' and only known entities.
bool well_formed(const std::string& xml, std::string& why) {
  std::vector<std::string> stack;
  size_t i = 0;
  auto entity_ok = [&](size_t at) {
    static const char* names[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    for (const char* n : names)
      if (xml.compare(at, std::string(n).size(), n) == 0) return true;
    return false;
  };
  while (i < xml.size()) {
    char c = xml[i];
    if (c == '&') {
      if (!entity_ok(i)) { why = "bad entity at " + std::to_string(i); return false; }
      ++i;
      continue;
    }
    if (c != '<') { ++i; continue; }
    if (xml.compare(i, 5, "<?xml") == 0) {
      size_t end = xml.find("?>", i);
      if (end == std::string::npos) { why = "unclosed declaration"; return false; }
      i = end + 2;
      continue;
    }
    bool closing = i + 1 < xml.size() && xml[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    size_t name_start = j;
    while (j < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[j])) || xml[j] == '-')) ++j;
    std::string name = xml.substr(name_start, j - name_start);
    if (name.empty()) { why = "empty tag name at " + std::to_string(i); return false; }
    // Attributes: name="value" pairs up to '>' or '/>'.
    bool self_closing = false;
    while (true) {
      while (j < xml.size() && xml[j] == ' ') ++j;
      if (j >= xml.size()) { why = "unterminated tag " + name; return false; }
      if (xml[j] == '>') { ++j; break; }
      if (xml.compare(j, 2, "/>") == 0) { self_closing = true; j += 2; break; }
      if (closing) { why = "attributes on a closing tag"; return false; }
      size_t eq = xml.find('=', j);
      if (eq == std::string::npos || xml[eq + 1] != '"') { why = "unquoted attribute in " + name; return false; }
      size_t end = xml.find('"', eq + 2);
      if (end == std::string::npos) { why = "unterminated attribute in " + name; return false; }
      for (size_t k = eq + 2; k < end; ++k) {
        if (xml[k] == '<') { why = "raw < in an attribute of " + name; return false; }
        if (xml[k] == '&' && !entity_ok(k)) { why = "bad entity in an attribute of " + name; return false; }
      }
      j = end + 1;
    }
    if (closing) {
      if (stack.empty() || stack.back() != name) { why = "mismatched </" + name + ">"; return false; }
      stack.pop_back();
    } else if (!self_closing) {
      stack.push_back(name);
    }
    i = j;
  }
  if (!stack.empty()) { why = "unclosed <" + stack.back() + ">"; return false; }
  return true;
}

size_t count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + needle.size())) ++n;
  return n;
}

}  // namespace

// ---------------------------------------------------------------- text

TEST_CASE("render_text: FILE:LINE:COL: SEVERITY[CHECK]: MESSAGE, then the summary") {
  CHECK(text(one_of_each()) ==
        "plans/a.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section lists it\n"
        "plans/a.yaml:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, "
        "1,000 (difference +100)\n"
        "1 error, 1 warning in 1 file\n");
}

TEST_CASE("render_text: the summary counts, singular and plural") {
  Validation v;
  v.files = {"a.yaml", "b.yaml"};
  v.diagnostics = {diag("a.yaml", 1, 1, Severity::warning, "kpi-gap", "kpi.k.targets", "w1"),
                   diag("b.yaml", 2, 3, Severity::warning, "kpi-gap", "kpi.k.targets", "w2")};
  CHECK(yplan::summary_line(v) == "0 errors, 2 warnings in 2 files");
  CHECK(text(v) == "a.yaml:1:1: warning[kpi-gap]: w1\nb.yaml:2:3: warning[kpi-gap]: w2\n"
                   "0 errors, 2 warnings in 2 files\n");

  Validation none;
  none.files = {"clean.yaml"};
  CHECK(text(none) == "0 errors, 0 warnings in 1 file\n");

  Validation errors;
  errors.files = {"a.yaml", "b.yaml", "c.yaml"};
  errors.diagnostics = {diag("a.yaml", 1, 1, Severity::error, "schema", "", "x"),
                        diag("a.yaml", 2, 1, Severity::error, "schema", "", "y")};
  CHECK(yplan::summary_line(errors) == "2 errors, 0 warnings in 3 files");
  CHECK(errors.errors() == 2);
  CHECK(errors.warnings() == 0);
}

TEST_CASE("render_text: quiet prints the summary only") {
  CHECK(text(one_of_each(), false, true) == "1 error, 1 warning in 1 file\n");
}

TEST_CASE("render_text: colour wraps the location and the severity") {
  Validation v;
  v.files = {"a.yaml"};
  v.diagnostics = {diag("a.yaml", 3, 4, Severity::error, "schema", "plan.id", "bad"),
                   diag("a.yaml", 5, 6, Severity::warning, "kpi-gap", "kpi.k", "gap")};
  CHECK(text(v, true) ==
        "\033[1ma.yaml:3:4:\033[0m \033[1;31merror[schema]:\033[0m bad\n"
        "\033[1ma.yaml:5:6:\033[0m \033[1;33mwarning[kpi-gap]:\033[0m gap\n"
        "1 error, 1 warning in 1 file\n");
}

// ---------------------------------------------------------------- json

TEST_CASE("render_json: the contract's keys and values") {
  Validation v = one_of_each();
  v.diagnostics[1].message = "合計が \"合わない\"\nline two";
  std::ostringstream out;
  yplan::render_json(out, v);
  auto doc = nlohmann::json::parse(out.str());

  REQUIRE(doc.is_object());
  CHECK(doc.size() == 2);
  REQUIRE(doc["diagnostics"].is_array());
  REQUIRE(doc["diagnostics"].size() == 2);
  const auto& w = doc["diagnostics"][0];
  CHECK(w.size() == 8);  // the contract's seven keys, and "help" (an addition)
  CHECK(w["help"] == "");
  CHECK(w["file"] == "plans/a.yaml");
  CHECK(w["line"].is_number_integer());
  CHECK(w["line"] == 14);
  CHECK(w["column"] == 9);
  CHECK(w["severity"] == "warning");
  CHECK(w["check"] == "unlisted-project");
  CHECK(w["path"] == "project.b");
  CHECK(w["message"] == "project `b` is defined but no section lists it");
  const auto& e = doc["diagnostics"][1];
  CHECK(e["severity"] == "error");
  CHECK(e["check"] == "budget-total");
  CHECK(e["line"] == 23);
  CHECK(e["column"] == 21);
  CHECK(e["path"] == "section.1.total.budget");
  CHECK(e["message"] == "合計が \"合わない\"\nline two");

  const auto& s = doc["summary"];
  CHECK(s.size() == 3);
  CHECK(s["files"] == 1);
  CHECK(s["errors"] == 1);
  CHECK(s["warnings"] == 1);
}

TEST_CASE("render_json: no findings is an empty list, not null") {
  Validation v;
  v.files = {"a.yaml", "b.yaml"};
  std::ostringstream out;
  yplan::render_json(out, v);
  auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["diagnostics"].is_array());
  CHECK(doc["diagnostics"].empty());
  CHECK(doc["summary"]["files"] == 2);
  CHECK(doc["summary"]["errors"] == 0);
  CHECK(doc["summary"]["warnings"] == 0);
  CHECK(out.str().back() == '\n');
}

TEST_CASE("render_json: invalid UTF-8 in a message still gives valid JSON") {
  Validation v;
  v.files = {"a.yaml"};
  v.diagnostics = {diag("a.yaml", 1, 1, Severity::error, "schema", "", "bad \xff byte")};
  std::ostringstream out;
  CHECK_NOTHROW(yplan::render_json(out, v));
  auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["diagnostics"][0]["message"] == "bad \xEF\xBF\xBD byte");  // U+FFFD
}

// ---------------------------------------------------------------- github

TEST_CASE("render_github: one workflow command per finding, then the summary") {
  CHECK(github(one_of_each()) ==
        "::warning file=plans/a.yaml,line=14,col=9,title=unlisted-project::project `b` is defined but no section "
        "lists it\n"
        "::error file=plans/a.yaml,line=23,col=21,title=budget-total::stated total budget 1,100 differs from the "
        "sum of the listings, 1,000 (difference +100)\n"
        "1 error, 1 warning in 1 file\n");
}

TEST_CASE("render_github: escaping of data and properties") {
  Validation v;
  v.files = {"dir:x,y%.yaml"};
  v.diagnostics = {diag("dir:x,y%.yaml", 2, 5, Severity::error, "schema", "",
                        "50% done\r\nnext: a, b")};
  // Data escapes %, CR and LF; properties also ':' and ','.
  CHECK(github(v) ==
        "::error file=dir%3Ax%2Cy%25.yaml,line=2,col=5,title=schema::50%25 done%0D%0Anext: a, b\n"
        "1 error, 0 warnings in 1 file\n");
}

// ---------------------------------------------------------------- junit

TEST_CASE("render_junit: a testsuite per file, a testcase per check, failures and system-out") {
  Validation v = one_of_each();
  v.files = {"plans/a.yaml", "plans/b.yaml"};
  auto skipped = skip_all_but({"parse", "budget-total", "unlisted-project"});
  CHECK(junit(v, skipped) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"yplan validate\" tests=\"6\" failures=\"1\" errors=\"0\">\n"
        "  <testsuite name=\"plans/a.yaml\" tests=\"3\" failures=\"1\" errors=\"0\">\n"
        "    <testcase classname=\"plans/a.yaml\" name=\"parse\"/>\n"
        "    <testcase classname=\"plans/a.yaml\" name=\"budget-total\">\n"
        "      <failure type=\"budget-total\" message=\"stated total budget 1,100 differs from the sum of the "
        "listings, 1,000 (difference +100)\">plans/a.yaml:23:21: error[budget-total]: stated total budget 1,100 "
        "differs from the sum of the listings, 1,000 (difference +100)\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"plans/a.yaml\" name=\"unlisted-project\">\n"
        "      <system-out>plans/a.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section "
        "lists it\n"
        "</system-out>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"plans/b.yaml\" tests=\"3\" failures=\"0\" errors=\"0\">\n"
        "    <testcase classname=\"plans/b.yaml\" name=\"parse\"/>\n"
        "    <testcase classname=\"plans/b.yaml\" name=\"budget-total\"/>\n"
        "    <testcase classname=\"plans/b.yaml\" name=\"unlisted-project\"/>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("render_junit: every check that ran is a testcase; the output is well-formed") {
  Validation v = one_of_each();
  std::string xml = junit(v, {"kpi-gap"});
  std::string why;
  CHECK_MESSAGE(well_formed(xml, why), why);
  const size_t checks = yplan::all_checks().size() - 1;
  CHECK(count(xml, "<testcase ") == checks);
  CHECK(count(xml, "name=\"kpi-gap\"") == 0);
  CHECK(count(xml, "<failure ") == 1);
  CHECK(count(xml, "<system-out>") == 1);
  CHECK(xml.find("tests=\"" + std::to_string(checks) + "\" failures=\"1\"") != std::string::npos);
}

TEST_CASE("render_junit: several findings of one check; errors and warnings together") {
  Validation v;
  v.files = {"a.yaml"};
  v.diagnostics = {diag("a.yaml", 1, 1, Severity::warning, "kpi-direction", "kpi.m", "w"),
                   diag("a.yaml", 2, 1, Severity::error, "kpi-direction", "kpi.k", "e1"),
                   diag("a.yaml", 3, 1, Severity::error, "kpi-direction", "kpi.k", "e2")};
  std::string xml = junit(v, skip_all_but({"kpi-direction"}));
  CHECK(xml.find("    <testcase classname=\"a.yaml\" name=\"kpi-direction\">\n"
                 "      <failure type=\"kpi-direction\" message=\"e1\">a.yaml:2:1: error[kpi-direction]: e1\n"
                 "a.yaml:3:1: error[kpi-direction]: e2\n"
                 "</failure>\n"
                 "      <system-out>a.yaml:1:1: warning[kpi-direction]: w\n"
                 "</system-out>\n"
                 "    </testcase>\n") != std::string::npos);
  CHECK(xml.find("<testsuites name=\"yplan validate\" tests=\"1\" failures=\"1\" errors=\"0\">") !=
        std::string::npos);
}

TEST_CASE("render_junit: XML escaping in names, attributes and text") {
  Validation v;
  v.files = {"a&b<c>.yaml"};
  v.diagnostics = {diag("a&b<c>.yaml", 1, 1, Severity::error, "schema", "",
                        "key `\"x\"` & 'y' <z>\x01" "end")};
  std::string xml = junit(v, skip_all_but({"schema"}));
  std::string why;
  CHECK_MESSAGE(well_formed(xml, why), why);
  CHECK(xml.find("<testsuite name=\"a&amp;b&lt;c&gt;.yaml\"") != std::string::npos);
  // A control character XML cannot hold is shown escaped (\x01), not dropped.
  CHECK(xml.find("message=\"key `&quot;x&quot;` &amp; &#39;y&#39; &lt;z&gt;\\x01end\"") != std::string::npos);
  CHECK(xml.find(">a&amp;b&lt;c&gt;.yaml:1:1: error[schema]: key `&quot;x&quot;` &amp; &#39;y&#39; &lt;z&gt;"
                 "\\x01end\n</failure>") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
}

TEST_CASE("renderers agree with a real validation run") {
  // From the loader through the checks to the renderers, one plan.
  const std::string plan =
      "yplan: 1\n"
      "plan:\n"
      "  id: p\n"
      "  title: T\n"
      "projects:\n"
      "  - {id: a, name: A, budget: 10}\n";
  Validation v;
  v.files = {"p.yaml"};
  v.diagnostics = yplan::validate_source(yplan_test::source(plan, "p.yaml"), {});
  CHECK(text(v) ==
        "p.yaml:6:10: warning[unlisted-project]: project `a` is defined but no section lists it\n"
        "  help: list it under the section it serves, or remove it\n"
        "0 errors, 1 warning in 1 file\n");
  std::ostringstream out;
  yplan::render_json(out, v);
  auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["diagnostics"][0]["path"] == "project.a");
  CHECK(doc["diagnostics"][0]["help"] == "list it under the section it serves, or remove it");
  CHECK(doc["summary"]["warnings"] == 1);
}

// Regression (was a bug): text output is "one diagnostic a line" (the contract), but a message
// that quotes user text holding a line break (here the quoted key "a\nb")
// is printed raw, so one finding spans two lines and breaks line-based
// tools (grep, editors' error parsers). Expected: one line per finding (the
// break shown escaped, e.g. as \n), then the summary: two lines in all.
TEST_CASE("render_text: a finding that quotes a line break stays on one line") {
  const std::string plan =
      "yplan: 1\n"
      "plan:\n"
      "  id: p\n"
      "  title: T\n"
      "\"a\\nb\": 1\n";
  Validation v;
  v.files = {"p.yaml"};
  v.diagnostics = yplan::validate_source(yplan_test::source(plan, "p.yaml"), {});
  REQUIRE(v.diagnostics.size() == 1);
  std::string out = text(v);
  // The finding, its indented help line (not a FILE:LINE:COL line), the summary.
  CHECK(count(out, "\n") == 3);
  CHECK(count(out, "\n  help: ") == 1);
  CHECK(out.rfind("p.yaml:5:1: error[schema]: unknown key `a", 0) == 0);
}

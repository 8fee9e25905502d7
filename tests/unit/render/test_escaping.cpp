// Multi-line text and control characters in every renderer (issue 11):
// a note of several lines never reaches column 0 or breaks a Markdown list,
// and ESC or U+0001 are shown escaped, never passed through.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "helpers.hpp"
#include "yplan/diff.hpp"
#include "yplan/render.hpp"
#include "yplan/table.hpp"
#include "yplan/text.hpp"

namespace {

yplan::Plan plan_with_note(const std::string& note_yaml) {
  auto l = yplan_test::load("yplan: 1\n"
                            "plan: {id: p, title: T}\n"
                            "projects:\n"
                            "  - id: a\n"
                            "    name: A\n"
                            "    budget: 10\n"
                            "    note: " + note_yaml +
                            "sections:\n"
                            "  - {id: s, title: S, projects: [a]}\n");
  REQUIRE(l.parsed);
  return l.plan;
}

const std::string kNote = "|\n      first line\n      + looks like a diff line\n      # heading?\n";

}  // namespace

TEST_CASE("diff text: continuation lines of a note are indented behind |, control characters escaped") {
  auto d = yplan::diff_plans(plan_with_note("old\n"), plan_with_note(kNote), {});
  std::ostringstream out;
  yplan::render_diff_text(out, d, {"a", "b", false, false, false});
  CHECK(out.str() ==
        "--- a\n+++ b\nprojects\n  ~ project a  A\n      note: old → first line\n"
        "        | + looks like a diff line\n        | # heading?\n");
  auto e = yplan::diff_plans(plan_with_note("old\n"), plan_with_note("\"x\\e[31my\\u0001\"\n"), {});
  std::ostringstream esc;
  yplan::render_diff_text(esc, e, {"a", "b", false, false, false});
  CHECK(esc.str() == "--- a\n+++ b\nprojects\n  ~ project a  A\n      note: old → x\\x1b[31my\\x01\n");
}

TEST_CASE("diff Markdown: a note of several lines stays inside its list item") {
  auto d = yplan::diff_plans(plan_with_note("old\n"), plan_with_note(kNote), {});
  std::ostringstream out;
  yplan::render_diff_markdown(out, d, {"a", "b", false, false, false});
  const std::string md = out.str();
  CHECK(md.substr(md.find("- **~**")) ==
        "- **~** project a  A\n"
        "  - note: old → first line\\\n"
        "    \\+ looks like a diff line\\\n"
        "    \\# heading?\n");
}

TEST_CASE("validate --format github and junit escape ESC and U+0001; text and CSV too") {
  yplan::Validation v;
  v.files = {"a.yaml"};
  yplan::Diagnostic d;
  d.file = "a.yaml";
  d.pos = {2, 3, 0};
  d.check = "schema";
  d.message = "bad \x1b[2J value \x01 here\nsecond line";
  v.diagnostics = {d};
  std::ostringstream gh;
  yplan::render_github(gh, v);
  CHECK(gh.str() ==
        "::error file=a.yaml,line=2,col=3,title=schema::bad \\x1b[2J value \\x01 here%0Asecond line\n"
        "1 error, 0 warnings in 1 file\n");
  std::ostringstream junit;
  yplan::render_junit(junit, v, {});
  CHECK(junit.str().find('\x1b') == std::string::npos);
  CHECK(junit.str().find("bad \\x1b[2J value \\x01 here") != std::string::npos);
  std::ostringstream text;
  yplan::render_text(text, v, false, false);
  CHECK(text.str() == "a.yaml:2:3: error[schema]: bad \\x1b[2J value \\x01 here\\nsecond line\n"
                      "1 error, 0 warnings in 1 file\n");
  CHECK(yplan::csv_field("a\x1b" "b\x01" "c") == "a\\x1bb\\x01c");
  CHECK(yplan::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(yplan::escape_control("\xC2\x9B" "31m") == "\\u009b31m");  // C1 CSI
}

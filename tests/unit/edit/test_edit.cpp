// get/set on the text: an edit changes exactly the bytes of the values
// assigned; everything else (comments, blank lines, quoting, flow or block
// style, CRLF) stays as it was.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "helpers.hpp"
#include "edit/verify.hpp"
#include "yplan/edit.hpp"

using yplan::PlanDocument;

namespace {

PlanDocument open(const std::string& text) {
  PlanDocument d;
  std::string err;
  REQUIRE(d.open(yplan_test::source(text), err));
  return d;
}

// Applies PATH=VALUE pairs; returns the new text, or "ERROR: ..." lines.
std::string set(const std::string& text, std::vector<std::pair<std::string, std::string>> pairs) {
  PlanDocument d = open(text);
  std::vector<PlanDocument::Assignment> a;
  for (size_t i = 0; i < pairs.size(); ++i) {
    std::string origin = "#";
    origin += std::to_string(i + 1);  // (not "#" + ...: GCC 12 -O3 warns falsely, bug 105329)
    a.push_back({pairs[i].first, pairs[i].second, origin});
  }
  std::string out;
  std::vector<PlanDocument::EditError> errs;
  if (!d.apply(a, out, errs)) {
    std::string s;
    for (const auto& e : errs) s += "ERROR " + e.origin + ": " + e.message + "\n";
    return s;
  }
  return out;
}

std::string scalar_at(const std::string& text, const std::string& path) {
  PlanDocument d = open(text);
  auto l = d.lookup(path);
  REQUIRE(l.found);
  return d.tree().node(l.node).text;
}

const std::string kPlan =
    "yplan: 1\n"
    "plan:\n"
    "  id: t   # the id\n"
    "  title: '試験 ''計画'''\n"
    "  period: [R2, R6]\n"
    "\n"
    "projects:\n"
    "  - id: a\n"
    "    name: 事業Ａ\n"
    "    budget: 1000    # 千円\n"
    "    previous: \"900\"\n"
    "    note:\n"
    "\n"
    "sections:\n"
    "  - id: \"1.1\"\n"
    "    title: 施策\n"
    "    projects: [a]\n"
    "    total: {budget: 1000, previous: 900}\n"
    "    kpis:\n"
    "      - id: k\n"
    "        name: 指標\n"
    "        targets: {R2: \"116,000\", R4: '120,000', R6: 122000}   # R3 and R5 to come\n"
    "      - id: m\n"
    "        name: 指標２\n"
    "        targets:\n"
    "          R2: 10\n"
    "\n"
    "          R4: 30   # keep\n"
    "        note: 末尾\n";

}  // namespace

TEST_CASE("a plain value in a block map: only its bytes change, the comment stays") {
  std::string want = kPlan;
  want.replace(want.find("budget: 1000    #") + 8, 4, "1,100");
  CHECK(set(kPlan, {{"project.a.budget", "1,100"}}) == want);
}

TEST_CASE("a quoted value keeps its quote style") {
  std::string want = kPlan;
  want.replace(want.find("\"900\""), 5, "\"950\"");
  CHECK(set(kPlan, {{"project.a.previous", "950"}}) == want);
  want = kPlan;
  want.replace(want.find("'120,000'"), 9, "'121,000'");
  CHECK(set(kPlan, {{"kpi.k.targets.R4", "121,000"}}) == want);
  // A single-quoted scalar with '' escapes is found whole and rewritten with them.
  want = kPlan;
  want.replace(want.find("'試験 ''計画'''"), std::string("'試験 ''計画'''").size(), "'新 ''案'''");
  CHECK(set(kPlan, {{"plan.title", "新 '案'"}}) == want);
  CHECK(scalar_at(set(kPlan, {{"plan.title", "新 '案'"}}), "plan.title") == "新 '案'");
}

TEST_CASE("a value in a flow map, and a year written in another notation") {
  std::string want = kPlan;
  want.replace(want.find("R6: 122000") + 4, 6, "123000");
  CHECK(set(kPlan, {{"kpi.k.targets.2024", "123000"}}) == want);
}

TEST_CASE("new keys go into a flow map in year order, quoted only where they must be") {
  std::string want = kPlan;
  want.replace(want.find("{R2: \"116,000\", R4"), std::string("{R2: \"116,000\", R4").size(),
               "{R2: \"116,000\", R3: \"118,000\", R4");
  want.replace(want.find("R6: 122000}"), std::string("R6: 122000}").size(), "R5: 121000, R6: 122000}");
  // R3 in a flow map needs quotes (its comma); R5 does not.
  CHECK(set(kPlan, {{"kpi.k.targets.R5", "121000"}, {"kpi.k.targets.令和３年度", "118,000"}}) == want);
}

TEST_CASE("a new key in a block map: a line at the siblings' indentation, after its predecessor year") {
  std::string want = kPlan;
  want.replace(want.find("          R4: 30   # keep\n"), 0, "          R3: 20\n");
  // R3 goes after R2's entry (before the blank line that separated R2 and R4).
  want = kPlan;
  want.replace(want.find("          R2: 10\n") + std::string("          R2: 10\n").size(), 0, "          R3: 20\n");
  CHECK(set(kPlan, {{"kpi.m.targets.R3", "20"}}) == want);
  want = kPlan;
  want.replace(want.find("          R4: 30   # keep\n") + std::string("          R4: 30   # keep\n").size(), 0,
               "          R5: 40\n");
  CHECK(set(kPlan, {{"kpi.m.targets.R5", "40"}}) == want);
}

TEST_CASE("an absent mapping is created in flow style, several keys at once") {
  std::string want = kPlan;
  want += "        actuals: {R2: 9, R3: \"△1,000\"}\n";
  CHECK(set(kPlan, {{"kpi.m.actuals.R3", "△1,000"}, {"kpi.m.actuals.R2", "9"}}) == want);
}

TEST_CASE("a value written as nothing (`note:`) gets one after its colon") {
  std::string want = kPlan;
  want.replace(want.find("    note:\n") + 9, 0, " 見直し");
  CHECK(set(kPlan, {{"project.a.note", "見直し"}}) == want);
}

TEST_CASE("a null target becomes a mapping with a note") {
  std::string text = kPlan;
  text.replace(text.find("R2: 10"), 6, "R2: null  # open");
  std::string want = text;
  want.replace(want.find("R2: null"), 8, "R2: {note: 見直し中}");
  CHECK(set(text, {{"kpi.m.targets.R2.note", "見直し中"}}) == want);
}

TEST_CASE("CRLF files: a replaced value and an inserted line keep CRLF") {
  std::string crlf;
  for (char c : kPlan) {
    if (c == '\n') crlf += "\r\n";
    else crlf += c;
  }
  std::string out = set(crlf, {{"project.a.budget", "5"}, {"kpi.m.targets.R5", "40"}});
  std::string want = crlf;
  want.replace(want.find("budget: 1000    #") + 8, 4, "5");
  want.replace(want.find("          R4: 30   # keep\r\n") + std::string("          R4: 30   # keep\r\n").size(), 0,
               "          R5: 40\r\n");
  CHECK(out == want);
  CHECK(out.find("\n") == out.find("\r\n") + 1);  // no bare LF anywhere
  size_t bare = 0;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] == '\n' && (i == 0 || out[i - 1] != '\r')) ++bare;
  CHECK(bare == 0);
}

TEST_CASE("strings that need quotes get them; null stays a null") {
  CHECK(yplan::yaml_scalar("R3", false) == "R3");
  CHECK(yplan::yaml_scalar("△1,500", false) == "△1,500");
  CHECK(yplan::yaml_scalar("△1,500", true) == "\"△1,500\"");
  CHECK(yplan::yaml_scalar("a: b", false) == "\"a: b\"");
  CHECK(yplan::yaml_scalar("# x", false) == "\"# x\"");
  CHECK(yplan::yaml_scalar("- x", false) == "\"- x\"");
  CHECK(yplan::yaml_scalar("-5", false) == "-5");
  CHECK(yplan::yaml_scalar("", false) == "\"\"");
  CHECK(yplan::yaml_scalar("a\nb", false) == "\"a\\nb\"");
  CHECK(yplan::yaml_scalar("null", true, '"') == "null");
  CHECK(yplan::yaml_scalar("x", false, '\'') == "'x'");
}

TEST_CASE("all or nothing: one bad path and nothing is applied") {
  std::string out = set(kPlan, {{"project.a.budget", "5"}, {"project.b.budget", "5"}, {"plan.period.x", "1"}});
  // No "did you mean `project.a.budget`?": a one-letter id has no slip to
  // make; `a` is no nearer to `b` than any other letter.
  CHECK(out ==
        "ERROR #2: no such path `project.b.budget`: no project `b`\n"
        "ERROR #3: no such path `plan.period.x`: `plan.period` has no `x`\n");
  // A key the format does not know is inserted here; `yplan set` then refuses
  // it through validation (schema: "did you mean `targets`?").
  CHECK(set(kPlan, {{"kpi.k.targes.R3", "1"}}).find("        targes: {R3: 1}\n") != std::string::npos);
  CHECK(set(kPlan, {{"kpi.k.targets", "1"}}) ==
        "ERROR #1: `kpi.k.targets` is a mapping; set one of its keys instead\n");
  CHECK(set(kPlan, {{"project.a.budget", "1"}, {"project.a.budget", "2"}}) ==
        "ERROR #2: `project.a.budget` is already assigned by #1\n");
}

TEST_CASE("the longest section id wins, and paths reach listings by project id") {
  std::string text =
      "yplan: 1\nplan: {id: x, title: t}\nprojects: [{id: p, name: n, budget: 1}]\n"
      "sections:\n"
      "  - id: \"1\"\n    title: a\n    total: {budget: 1}\n"
      "    sections:\n"
      "      - id: \"1.1\"\n        title: b\n        total: {budget: 2}\n"
      "        projects: [{project: p, budget: 7}]\n";
  CHECK(scalar_at(text, "section.1.total.budget") == "1");
  CHECK(scalar_at(text, "section.1.1.total.budget") == "2");
  CHECK(scalar_at(text, "section.1.1.projects.p.budget") == "7");
}

// Round trip over every scalar of every bundled plan: set each value to a
// marker and back to what was written; the file must come back byte for byte,
// and the marker must differ from the original in that one place only.
TEST_CASE("every scalar of every bundled plan: set and set back is byte-identical") {
  namespace fs = std::filesystem;
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(YPLAN_SOURCE_DIR) / "plans")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    PlanDocument d = open(text);
    const auto& tree = d.tree();
    for (const std::string kind : {"project", "kpi", "goal", "section"}) {
      for (const auto& id : d.ids(kind)) {
        std::string base = kind + "." + id;
        auto l = d.lookup(base);
        REQUIRE(l.found);
        const auto& map = tree.node(l.node);
        for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
          const auto& key = tree.node(map.children[i]);
          const auto& value = tree.node(map.children[i + 1]);
          if (value.kind != yplan::yaml::Kind::scalar || key.text == "id") continue;
          auto span = d.scalar_span(map.children[i + 1]);
          if (!span) continue;  // a block scalar: not edited in place
          std::string path = base + "." + key.text;
          std::string marked = set(text, {{path, "999"}});
          REQUIRE_MESSAGE(marked.rfind("ERROR", 0) != 0, path);
          // Only the span changed.
          CHECK_MESSAGE(marked.substr(0, span->first) == text.substr(0, span->first), path);
          CHECK_MESSAGE(marked.substr(marked.size() - (text.size() - span->second)) == text.substr(span->second), path);
          CHECK_MESSAGE(scalar_at(marked, path) == "999", path);
          CHECK_MESSAGE(set(marked, {{path, value.text}}) == text, path);
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 300);
}

TEST_CASE("write_file_atomic refuses when the file changed on disk, and leaves no temporary") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("yplan-unit-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "plan.yaml";
  auto write = [](const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; };
  auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  write(file, "old\n");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  std::string err;
  const std::string seen = "what yplan read\n";  // the file has changed since
  CHECK(yplan::write_file_atomic(file.string(), "new\n", &seen, err) == yplan::WriteResult::changed);
  CHECK(read(file) == "old\n");
  CHECK(err.find("changed on disk") != std::string::npos);
  const std::string now = "old\n";
  CHECK(yplan::write_file_atomic(file.string(), "new\n", &now, err) == yplan::WriteResult::written);
  CHECK(read(file) == "new\n");
  CHECK((fs::status(file).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);  // no temporary left beside it
  CHECK(yplan::write_file_atomic((dir / "no-such-dir" / "x.yaml").string(), "x", nullptr, err) ==
        yplan::WriteResult::failed);
  fs::remove_all(dir);
}

TEST_CASE("new keys for nested maps that end at one offset go in deepest first") {
  // Found by the benchmark's batch: notes for a direction, its measure and its
  // policy all go after the direction's last line; outer first would close
  // the inner mappings early and break the file.
  const std::string text =
      "yplan: 1\n"
      "plan: {id: x, title: t}\n"
      "sections:\n"
      "  - id: \"1\"\n"
      "    title: a\n"
      "    sections:\n"
      "      - id: \"1.1\"\n"
      "        title: b\n"
      "        issues:\n"
      "          - 課題\n"
      "  - id: \"2\"\n"
      "    title: c\n";
  std::string want = text;
  want.replace(want.find("  - id: \"2\""), 0, "        note: inner\n    note: outer\n");
  CHECK(set(text, {{"section.1.note", "outer"}, {"section.1.1.note", "inner"}}) == want);
  CHECK(scalar_at(want, "section.1.note") == "outer");
  CHECK(scalar_at(want, "section.1.1.note") == "inner");
}

TEST_CASE("one value under two spellings is one assignment: the second is an error") {
  CHECK(set(kPlan, {{"kpi.k.targets.R2", "1"}, {"kpi.k.targets.2020", "2"}}) ==
        "ERROR #2: `kpi.k.targets.2020` is already assigned by #1\n");
  // Also for a key that does not exist yet.
  CHECK(set(kPlan, {{"kpi.k.targets.R3", "1"}, {"kpi.k.targets.令和３年度", "2"}}) ==
        "ERROR #2: `kpi.k.targets.令和３年度` is already assigned by #1\n");
}

TEST_CASE("several new keys in an empty flow map are written as one list") {
  const std::string text = "yplan: 1\nplan: {id: x, title: t}\nsections:\n  - id: s\n    title: a\n"
                           "    kpis:\n      - id: k\n        name: n\n        targets: {}\n";
  std::string want = text;
  want.replace(want.find("{}"), 2, "{R2: 1, R3: 2}");
  CHECK(set(text, {{"kpi.k.targets.R3", "2"}, {"kpi.k.targets.R2", "1"}}) == want);
}

TEST_CASE("a new year key is written like its neighbours") {
  CHECK(yplan::format_year_like(2021, "令和２年度") == "令和３年度");
  CHECK(yplan::format_year_like(2021, "R02") == "R03");
  CHECK(yplan::format_year_like(2021, "2020") == "2021");
  CHECK(yplan::format_year_like(2019, "H30") == "H31");
  CHECK(yplan::format_year_like(2021, "令和2年") == "令和3年");
  const std::string text = "yplan: 1\nplan: {id: x, title: t}\nsections:\n  - id: s\n    title: a\n"
                           "    kpis:\n      - id: k\n        name: n\n        targets: {令和２年度: 1, 令和４年度: 3}\n";
  std::string want = text;
  want.replace(want.find("令和４年度"), 0, "令和３年度: 2, ");
  CHECK(set(text, {{"kpi.k.targets.R3", "2"}}) == want);
}

TEST_CASE("paths with empty parts are refused") {
  PlanDocument d = open(kPlan);
  CHECK_FALSE(d.lookup("kpi.k.").found);
  CHECK_FALSE(d.lookup("kpi.k..targets").found);
}

TEST_CASE("set: a kept block scalar keeps its blank lines when a key is inserted after it") {
  const std::string in = "plan:\n  id: x\n  note: |+\n    a\n\n\n";
  CHECK(set(in, {{"plan.status", "final"}}) == "plan:\n  id: x\n  note: |+\n    a\n\n\n  status: final\n");
  // Nested: the kept scalar is the last value of the entry before the new key.
  const std::string nested = "plan:\n  id: x\n  m:\n    t: >+\n      b\n\n  z: 1\n";
  CHECK(set(nested, {{"plan.m.u", "2"}}) == "plan:\n  id: x\n  m:\n    t: >+\n      b\n\n    u: 2\n  z: 1\n");
}

TEST_CASE("set: anchors and tags are kept; an anchor that an alias uses is refused with that reason") {
  const std::string in = "plan:\n  id: x\n  a: &fy R2\n  b: !!str 12\n  c: &c q\n  d: *c\n";
  CHECK(set(in, {{"plan.a", "R3"}, {"plan.b", "13"}}) == "plan:\n  id: x\n  a: &fy R3\n  b: !!str 13\n  c: &c q\n  d: *c\n");
  CHECK(set(in, {{"plan.c", "r"}}) ==
        "ERROR #1: `plan.c` has an anchor that line 6 uses as an alias: changing it would change that value too; "
        "write the value out in both places first\n");
  CHECK(set(in, {{"plan.d", "r"}}) == "ERROR #1: `plan.d` is an alias; yplan does not edit aliases\n");
  CHECK(set("plan:\n  id: x\n  n: |\n    t\n", {{"plan.n", "u"}}) ==
        "ERROR #1: `plan.n` is a block scalar (| or >); yplan edits only single-line values\n");
  CHECK(set("plan:\n  id: x\n  n: two\n    lines\n", {{"plan.n", "u"}}) ==
        "ERROR #1: `plan.n` is written over several lines; yplan edits only single-line values\n");
}

TEST_CASE("get paths: top-level lists by index, for items without a usable or unique id") {
  PlanDocument d = open("projects:\n  - {id: a, budget: 1}\n  - {id: a, budget: 2}\n  - {budget: 3}\n"
                        "sections:\n  - {id: s, kpis: [{name: k}]}\n");
  auto text = [&](const std::string& p) {
    auto l = d.lookup(p);
    return l.found ? d.tree().node(l.node).text : "NOT FOUND: " + l.problem;
  };
  CHECK(text("project.a.budget") == "1");
  CHECK(text("projects.1.budget") == "2");
  CHECK(text("projects.2.budget") == "3");
  CHECK(text("sections.0.kpis.0.name") == "k");
  CHECK(text("section.s.kpis.0.name") == "k");
  CHECK(text("projects.3") == "NOT FOUND: `projects` has no `3`");
}

TEST_CASE("old_offset: positions in the edited text map back to the file on disk") {
  // "ab|CD|ef" → "ab|X|ef" (CD replaced by X), then "ef" + inserted "YY".
  std::vector<PlanDocument::Splice> sp = {{2, 4, 1}, {6, 6, 2}};
  CHECK(PlanDocument::old_offset(sp, 0) == 0);
  CHECK(PlanDocument::old_offset(sp, 2) == 2);  // inside the replacement: its start
  CHECK(PlanDocument::old_offset(sp, 3) == 4);  // "e"
  CHECK(PlanDocument::old_offset(sp, 5) == 6);  // inside the insertion: where it goes
  CHECK(PlanDocument::old_offset(sp, 7) == 6);
  CHECK(PlanDocument::old_offset(sp, 8) == 7);
}

TEST_CASE("set: an empty value with only an anchor or a tag gets its value after them") {
  CHECK(set("plan:\n  id: x\n  note: &a\n  basis: !!str\n", {{"plan.note", "n"}, {"plan.basis", "b"}}) ==
        "plan:\n  id: x\n  note: &a n\n  basis: !!str b\n");
}

// Found by a new-user review: an edit inside a mapping an alias uses, or
// under a key written twice, changed what another reader sees.
TEST_CASE("set: a value inside an aliased mapping, or under a key written twice, is refused") {
  const std::string in =
      "plan:\n  id: x\n  total: &t {budget: 999, previous: 100}\nsections:\n  - id: s\n    total: *t\n"
      "projects:\n  - id: a\n    budget: 1\n    budget: 2\n";
  CHECK(set(in, {{"plan.total.budget", "100"}}) ==
        "ERROR #1: `plan.total.budget` is inside a mapping or list with an anchor that line 6 uses as an alias: "
        "changing it would change that value too; write the value out in both places first\n");
  CHECK(set(in, {{"plan.total.extra", "5"}}) ==
        "ERROR #1: `plan.total.extra` is inside a mapping or list with an anchor that line 6 uses as an alias: "
        "changing it would change that value too; write the value out in both places first\n");
  CHECK(set(in, {{"project.a.budget", "5"}}) ==
        "ERROR #1: `project.a.budget` is under the key `budget` written twice in one mapping (lines 9 and 10); "
        "other YAML readers take the last one: delete one of them first\n");
  // A key written twice further up: the whole mapping under it is ambiguous.
  CHECK(set("plan:\n  id: x\n  t: {a: 1}\n  t: {a: 2}\n", {{"plan.t.a", "3"}}) ==
        "ERROR #1: `plan.t.a` is under the key `t` written twice in one mapping (lines 3 and 4); other YAML readers "
        "take the last one: delete one of them first\n");
  // Elsewhere in the same file, values edit as before.
  CHECK(set(in, {{"plan.id", "y"}}) ==
        "plan:\n  id: y\n  total: &t {budget: 999, previous: 100}\nsections:\n  - id: s\n    total: *t\n"
        "projects:\n  - id: a\n    budget: 1\n    budget: 2\n");
}

TEST_CASE("yaml_scalar escapes what YAML forbids or another reader takes for a line break") {
  CHECK(yplan::yaml_scalar("a\x7f", false) == "\"a\\x7f\"");
  CHECK(yplan::yaml_scalar("a\xc2\x80" "b", false) == "\"a\\x80b\"");     // C1 control
  CHECK(yplan::yaml_scalar("a\xc2\x85", false) == "\"a\\x85\"");          // NEL
  CHECK(yplan::yaml_scalar("\xe2\x80\xa8", false) == "\"\\u2028\"");      // LINE SEPARATOR
  CHECK(yplan::yaml_scalar("x\xef\xbf\xbe", false) == "\"x\\ufffe\"");    // a noncharacter
  CHECK(yplan::yaml_scalar("\xef\xbb\xbfid", false) == "\"\\ufeffid\"");  // an invisible BOM
  CHECK(yplan::yaml_scalar("a\tb", false) == "\"a\\tb\"");
  CHECK(yplan::yaml_scalar("a\x7f", false, '\'') == "\"a\\x7f\"");  // single quotes cannot escape
  CHECK(yplan::yaml_scalar("日本　語", false) == "日本　語");
  // Read back as written.
  CHECK(scalar_at(set(kPlan, {{"project.a.name", "a\x7f\xc2\x85"}}), "project.a.name") == "a\x7f\xc2\x85");
}

TEST_CASE("yaml_string: an id that YAML would read as null, a boolean or a number is quoted") {
  for (const char* typed : {"null", "Null", "NULL", "~", "true", "False", "yes", "NO", "on", "off", "y", "1.10",
                            "0x10", "-5", ".5", "2020-01-01", "12:30", ".inf", "-.Inf", ".NaN"}) {
    INFO(typed);
    CHECK(yplan::yaml_string(typed, true) == std::string("\"") + typed + "\"");
  }
  CHECK(yplan::yaml_string("null", true, '\'') == "'null'");
  CHECK(yplan::yaml_string("iju-teiju", true) == "iju-teiju");
  CHECK(yplan::yaml_string("R3", true) == "R3");
  CHECK(yplan::yaml_string("a,b", true) == "\"a,b\"");
}

TEST_CASE("first_other_change: an alias of a mapping reads what changed inside it") {
  auto parse = [](const std::string& t) {
    auto src = yplan_test::source(t);
    yplan::yaml::Document d;
    yplan::yaml::ParseError e;
    REQUIRE(yplan::yaml::parse(src, d, e));
    return d;
  };
  auto before = parse("a: &t {b: 1}\nc: *t\nd: 5\n");
  auto after = parse("a: &t {b: 2}\nc: *t\nd: 5\n");
  uint32_t b_value = 0;
  for (uint32_t i = 0; i < before.nodes.size(); ++i)
    if (before.nodes[i].text == "1") b_value = i;
  REQUIRE(b_value != 0);
  CHECK(yplan::internal::first_other_change(before, after, {b_value}) == std::optional<std::string>("c"));
  // Without an alias of it, the same change is the only one.
  auto plain_before = parse("a: {b: 1}\nd: 5\n");
  auto plain_after = parse("a: {b: 2}\nd: 5\n");
  for (uint32_t i = 0; i < plain_before.nodes.size(); ++i)
    if (plain_before.nodes[i].text == "1") b_value = i;
  CHECK(yplan::internal::first_other_change(plain_before, plain_after, {b_value}) == std::nullopt);
}

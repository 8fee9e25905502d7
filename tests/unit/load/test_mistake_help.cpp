// The YAML mistakes a planner makes get a hint of their own, in plain words
// (no parser's name): an alias, a key given twice, an empty file, a top
// level that is not a mapping, nesting too deep. Each hint is checked
// exactly, with the finding it belongs to.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "yplan/i18n.hpp"

using namespace yplan_test;

namespace {

const std::string kHead = "yplan: 1\nplan:\n  id: p\n  title: T\n";

// The loader's (and parser's) findings as "LINE:COL CHECK: MESSAGE | help: HELP".
Lines with_help(const std::string& text) {
  Lines out;
  for (const auto& d : load(text).diags)
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.check + ": " + d.message +
                  " | help: " + d.help);
  return out;
}

}  // namespace

TEST_CASE("an alias: write the value itself in its place") {
  CHECK(with_help(kHead +
                  "projects:\n"           // 5
                  "  - id: a\n"           // 6
                  "    name: A\n"         // 7
                  "    previous: &x 5\n"  // 8
                  "    budget: *x\n")     // 9
        == Lines{"9:13 schema: aliases are not supported in plan files; write the value out | help: write the value "
                 "itself in place of `*name`: copy it from where `&name` labels it"});
}

TEST_CASE("a key given twice: keep one, naming both lines") {
  CHECK(with_help(kHead + "  title: U\n") ==
        Lines{"5:3 schema: duplicate key `title`; it is already set at line 4 | help: keep one `title`: delete the "
              "line that is out of date (this one or line 4), or correct the key if another was meant"});
}

TEST_CASE("an empty file: restore it, or start from the manual's example") {
  const std::string want =
      "1:1 schema: the file is empty; a plan starts with `yplan: 1` and `plan:` | help: if it held a plan, restore "
      "it (git checkout FILE, or a backup); a new plan can start from the example in `man yplan-plan`";
  CHECK(with_help("") == Lines{want});
  CHECK(with_help("# only a comment\n") == Lines{want});
}

TEST_CASE("a top level that is a list or a single value: how a plan file starts") {
  const std::string help =
      " | help: start the file with `yplan: 1` and `plan:`, each at the left edge without `- ` before it; is this "
      "file a plan?";
  CHECK(with_help("- yplan: 1\n- plan: {}\n") ==
        Lines{"1:1 schema: the top level must be a mapping with `yplan:` and `plan:`, not a list" + help});
  CHECK(with_help("just some text\n") ==
        Lines{"1:1 schema: the top level must be a mapping with `yplan:` and `plan:`, not a scalar" + help});
}

TEST_CASE("nesting too deep, in brackets or in blocks: a hint, and no parser named") {
  const std::string help =
      " | help: a plan needs only a few levels: look for a `[` or `{` that is never closed, or `- ` or indentation "
      "repeated by mistake; is this file a plan?";
  CHECK(with_help("a: " + std::string(300, '[') + "\n") == Lines{"1:204 parse: nesting deeper than 200 levels" + help});
  std::string dashes;
  for (int i = 0; i < 600; ++i) dashes += "- ";
  auto block = with_help(dashes + "x\n");
  REQUIRE(block.size() == 1);
  CHECK(block[0] == "1:1000 parse: nesting deeper than 500 levels" + help);
}

TEST_CASE("the hints are in Japanese too") {
  yplan::set_language(yplan::Lang::ja);
  Lines dup = with_help(kHead + "  title: U\n");
  Lines alias = with_help(kHead + "projects:\n  - id: a\n    name: A\n    previous: &x 5\n    budget: *x\n");
  yplan::set_language(yplan::Lang::en);
  CHECK(dup == Lines{"5:3 schema: キー `title` が重複しています（4 行目ですでに設定されています） | help: `title` "
                     "は1つだけにしてください。古い方の行（この行か 4 行目）を削除するか、別のキーのつもりならキー"
                     "を直してください"});
  REQUIRE(alias.size() == 1);
  CHECK(alias[0].substr(alias[0].find(" | help: ")) ==
        " | help: `*name` の代わりに値そのものを書いてください。値は `&name` を付けた箇所からコピーできます");
}

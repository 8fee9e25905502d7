// Ids written every way YAML allows: the span of an id is its own text
// (never a block scalar's `>-`, never a quote), a rename writes each
// occurrence in its own style, and one not written as it reads is refused.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lsp/features.hpp"
#include "yplan/i18n.hpp"

using namespace yplan;
using namespace yplan::lsp;

namespace {

const char* kStyles =
    "yplan: 1\n"
    "plan: {id: t, title: テスト, fiscal_year: R2}\n"
    "projects:\n"
    "  - id: a-b\n"
    "    name: 事業\n"
    "    budget: 10\n"
    "    previous: 0\n"
    "    category: new\n"
    "sections:\n"
    "  - id: s1\n"
    "    title: 第一\n"
    "    projects:\n"
    "      - project: >-\n"
    "          a-b\n"
    "      - project: |-  # a comment on the header\n"
    "          a-b\n"
    "      - 'a-b'\n"
    "      - {project: \"a-b\"}\n"
    "  - id: s2\n"
    "    title: 第二\n"
    "    projects: [a-b]\n";

std::string cut(const Analysis& a, Span s) { return a.text().substr(s.begin, s.end - s.begin); }

// The line (1-based) and column (0-based, bytes) where a span starts.
std::string where(const Analysis& a, Span s) {
  auto p = a.source().pos_at_offset(s.begin);
  return std::to_string(p.line) + ":" + std::to_string(p.offset - a.text().rfind('\n', s.begin - 1) - 1);
}

}  // namespace

TEST_CASE("every occurrence's span is the id's own text, however written") {
  set_language(Lang::en);
  Analysis a("t.yaml", kStyles);
  REQUIRE(a.diagnostics().empty());
  auto refs = references(a, std::string(kStyles).find("a-b"), true);
  std::vector<std::string> got;
  for (Span s : refs) got.push_back(where(a, s) + " " + cut(a, s));
  CHECK(got == std::vector<std::string>{"4:8 a-b", "14:10 a-b", "16:10 a-b", "17:9 a-b", "18:19 a-b", "21:15 a-b"});
  std::vector<Analysis::Style> styles;
  for (const auto& o : a.occurrences())
    if (o.id == "a-b") styles.push_back(o.style);
  using S = Analysis::Style;
  CHECK(styles == std::vector<S>{S::plain, S::block, S::block, S::single_quoted, S::double_quoted, S::plain});
  // On the `>-` indicator there is no id.
  CHECK_FALSE(prepare_rename(a, std::string(kStyles).find(">-")));
}

TEST_CASE("a rename writes each occurrence in its own style") {
  set_language(Lang::en);
  Analysis a("t.yaml", kStyles);
  // Plain: as it is (a quote inside a plain scalar is text); block: as it
  // is; single quotes: ' doubled; double quotes: " escaped.
  auto r = rename(a, std::string(kStyles).find("a-b"), "it's\"x");
  REQUIRE(r.error.empty());
  std::vector<std::string> texts;
  for (const auto& e : r.edits) texts.push_back(e.text);
  CHECK(texts == std::vector<std::string>{"it's\"x", "it's\"x", "it's\"x", "it''s\"x", "it's\\\"x", "it's\"x"});
}

TEST_CASE("an id not written as it reads: rename refused with where and why") {
  set_language(Lang::en);
  std::string text = kStyles;
  text.replace(text.find("'a-b'"), 5, "\"a\\x2db\"");
  Analysis a("t.yaml", text);
  REQUIRE(a.diagnostics().empty());  // it still reads as a-b
  std::string why;
  CHECK_FALSE(prepare_rename(a, text.find("a-b"), &why));
  const char* want = "the id `a-b` at line 17 is not written as it reads (an escape, an alias, or a fold over lines); "
                     "write it plainly, or rename it by hand";
  CHECK(why == want);
  auto r = rename(a, text.find("a-b"), "c");
  CHECK(r.error == want);
  CHECK(r.edits.empty());
}

TEST_CASE("completion replaces the whole typed prefix, hyphens included") {
  std::string text = kStyles;
  const std::string line = "      - a-";
  text.insert(text.find("  - id: s2"), line + "\n");
  Analysis a("t.yaml", text);
  size_t end = text.find(line) + line.size();
  auto items = complete(a, end, nullptr);
  REQUIRE(items.size() == 1);
  CHECK(items[0].label == "a-b");
  CHECK(cut(a, items[0].replace) == "a-");
  CHECK(items[0].replace.end == end);
}

TEST_CASE("hover on a project's own budget is the project's") {
  set_language(Lang::en);
  Analysis a("t.yaml", kStyles);
  auto on_id = hover(a, std::string(kStyles).find("a-b"));
  auto on_budget = hover(a, std::string(kStyles).find("10"));
  REQUIRE(on_id);
  REQUIRE(on_budget);
  CHECK(on_budget->markdown == on_id->markdown);
  CHECK(cut(a, on_budget->span) == "10");
  CHECK(on_budget->markdown.find("- budget: 10 千円") != std::string::npos);
  CHECK_FALSE(hover(a, std::string(kStyles).find("事業")));  // its name: nothing more to say
}

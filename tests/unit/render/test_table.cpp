// Tables align by display width: wide (Japanese) characters take two columns.
#include <doctest/doctest.h>

#include <sstream>

#include "yplan/table.hpp"
#include "yplan/text.hpp"

using namespace yplan;

namespace {
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

Table mixed() {
  Table t;
  t.columns = {{"ID"}, {"Title", false, true, 6}, {"Budget", true}};
  t.add({"iju-teiju", "移住定住・人材確保戦略的展開事業費", "200,753"});
  t.add({"a", "ASCII title", "1"});
  t.add({"denshi", "ＩＣＴの積極的・効果的な利活用", "1,327,753"});
  t.add({"x", "半角ｶﾀｶﾅとABC混在", "0"});
  return t;
}
}  // namespace

TEST_CASE("every line of a table with Japanese and ASCII has the same display width") {
  std::ostringstream out;
  render_text_table(out, mixed(), 200);
  auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 6);  // header, rule, four rows
  const size_t w = display_width(lines[0]);
  for (const auto& l : lines) CHECK(display_width(l) == w);
  // The title column is as wide as its widest cell (17 wide characters = 34 columns).
  CHECK(w == 9 + 2 + 34 + 2 + 9);
  CHECK(lines[2] == "iju-teiju  移住定住・人材確保戦略的展開事業費    200,753");
}

TEST_CASE("a table narrower than its content truncates the flexible column with … and still aligns") {
  std::ostringstream out;
  render_text_table(out, mixed(), 40);
  auto lines = lines_of(out.str());
  for (const auto& l : lines) CHECK(display_width(l) == 40);
  // 40 − 9 (ID) − 9 (Budget) − 4 (gaps) = 18 columns for the title: 8 wide characters and …, padded.
  CHECK(lines[2] == "iju-teiju  移住定住・人材確…     200,753");
  CHECK(lines[3] == "a          ASCII title                 1");
}

TEST_CASE("a flexible column never shrinks below its minimum; too narrow for columns, rows become records") {
  std::ostringstream out;
  render_text_table(out, mixed(), 28);  // 9 + 2 + 6 (minimum) + 2 + 9: columns still fit
  auto lines = lines_of(out.str());
  for (const auto& l : lines) CHECK(display_width(l) == 28);
  std::ostringstream narrow;
  render_text_table(narrow, mixed(), 16);
  lines = lines_of(narrow.str());
  for (const auto& l : lines) CHECK(display_width(l) <= 16);
  CHECK(std::vector<std::string>(lines.begin(), lines.begin() + 7) ==
        std::vector<std::string>{"----------------", "ID: iju-teiju", "Title: 移住定住", "  ・人材確保戦略", "  的展開事業費",
                                 "Budget: 200,753", "----------------"});
}

TEST_CASE("with ambiguous width 2, every line of a table with ①, △, ※, ○ and — has the same display width") {
  Table t;
  t.columns = {{"ID"}, {"Mark"}, {"Value", true}};
  t.add({"①", "○", "△4,543"});
  t.add({"⑳", "※1", "—"});
  t.add({"a", "b", "1"});
  for (int amb : {1, 2}) {
    CAPTURE(amb);
    set_ambiguous_width(amb);
    std::ostringstream out;
    render_text_table(out, t, 80);
    auto lines = lines_of(out.str());
    REQUIRE(lines.size() == 5);
    for (const auto& l : lines) CHECK(display_width(l) == display_width(lines[0]));
    if (amb == 2) {
      CHECK(lines[2] == "①  ○    △4,543");  // ① and ○ two columns, △ two
      CHECK(lines[3] == "⑳  ※1        —");
      CHECK(lines[4] == "a   b           1");
    } else {
      CHECK(lines[2] == "①   ○     △4,543");
    }
  }
  set_ambiguous_width(1);
  CHECK(display_width("①△※○—") == 5);
  set_ambiguous_width(2);
  CHECK(display_width("①△※○—") == 10);
  CHECK(truncate_to_width("①②③④", 5) == "①…");  // … is ambiguous too: 2 + 2
  set_ambiguous_width(1);
  CHECK(east_asian_ambiguous(0x2460));
  CHECK(!east_asian_ambiguous(U'a'));
  CHECK(!east_asian_ambiguous(0x3042));  // あ is wide, not ambiguous
}

TEST_CASE("no line of a text table ends in a space: a left-aligned or empty last cell is not padded") {
  Table t;
  t.columns = {{"ID"}, {"Budget", true}, {"Listed in"}};
  t.add({"iju-teiju", "200,753", "1.1.1"});
  t.add({"a", "1", ""});
  t.add({"", "", ""});
  t.add({"denshi", "1,327,753", "II.1*"});
  t.rules_before.push_back(2);
  std::ostringstream out;
  render_text_table(out, t, 80);
  CHECK(out.str() ==
        "ID            Budget  Listed in\n"
        "-------------------------------\n"
        "iju-teiju    200,753  1.1.1\n"
        "a                  1\n"
        "-------------------------------\n"
        "\n"
        "denshi     1,327,753  II.1*\n");
  for (const auto& l : lines_of(out.str())) CHECK((l.empty() || l.back() != ' '));
}

TEST_CASE("rules before rows") {
  Table t;
  t.columns = {{"a"}, {"b", true}};
  t.add({"x", "1"});
  t.add({"合計", "2"});
  t.rules_before.push_back(1);
  std::ostringstream out;
  render_text_table(out, t, 80);
  CHECK(out.str() == "a     b\n-------\nx     1\n-------\n合計  2\n");
}

TEST_CASE("markdown escapes pipes and aligns numbers right") {
  Table t;
  t.columns = {{"名称"}, {"額", true}};
  t.add({"a|b", "1,000"});
  std::ostringstream out;
  render_markdown_table(out, t);
  CHECK(out.str() == "| 名称 | 額 |\n| --- | ---: |\n| a\\|b | 1,000 |\n");
}

TEST_CASE("csv is RFC 4180: CRLF, quoting only where needed, quotes doubled") {
  Table t;
  t.columns = {{"name"}, {"note"}};
  t.add({"事業Ａ", "a \"quoted\", word"});
  t.add({"b", "line\nbreak"});
  std::ostringstream out;
  render_csv_table(out, t);
  CHECK(out.str() == "name,note\r\n事業Ａ,\"a \"\"quoted\"\", word\"\r\nb,\"line\nbreak\"\r\n");
}

TEST_CASE("CSV neutralises cells a spreadsheet would read as a formula (OWASP), not figures") {
  CHECK(csv_field("=1+1") == "\"'=1+1\"");
  CHECK(csv_field("-10%削減事業") == "\"'-10%削減事業\"");
  CHECK(csv_field("+81") == "\"'+81\"");
  CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_field("\tx") == "\"'\tx\"");
  CHECK(csv_field("\rx") == "\"'\rx\"");
  CHECK(csv_field("=a\"b") == "\"'=a\"\"b\"");
  CHECK(csv_field("(1)") == "(1)");  // not a formula: left alone (xlsx keeps it text)
  CHECK(csv_field("-4543") == "\"'-4543\"");               // in a text column, even this is text
  CHECK(csv_field("-4543", true) == "-4543");             // in a number column, a figure
  CHECK(csv_field("-64.1", true) == "-64.1");
  CHECK(csv_field("-1+2", true) == "\"'-1+2\"");           // not a plain number
  CHECK(csv_field("-", true) == "\"'-\"");
  CHECK(csv_field("-1.", true) == "\"'-1.\"");
}

TEST_CASE("wrap_to_width: at spaces, else between characters; continuation indented; never wider") {
  CHECK(wrap_to_width("Organization: 山形県 みらい企画創造部 · Fiscal year: R2", 30) ==
        std::vector<std::string>{"Organization: 山形県", "  みらい企画創造部 · Fiscal", "  year: R2"});
  CHECK(wrap_to_width("新型コロナウイルス感染症の感染拡大防止のため", 20) ==
        std::vector<std::string>{"新型コロナウイルス感", "  染症の感染拡大防止", "  のため"});
  CHECK(wrap_to_width("short", 20) == std::vector<std::string>{"short"});
  for (size_t w : {20u, 21u, 33u})
    for (const auto& l : wrap_to_width("Name: 本県産業の発展に向けた貿易振興の目標指標（数値は今後設定） end", w))
      CHECK(display_width(l) <= w);
}

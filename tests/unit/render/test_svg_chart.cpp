// The SVG chart module: round-number ticks, tick text, text measurement,
// bars proportional to their values, gaps in lines, escaping.
#include <doctest/doctest.h>

#include <regex>

#include "render/report_parts.hpp"
#include "render/svg_chart.hpp"

using namespace yplan::render;

TEST_CASE("ticks fall on round numbers and cover the range") {
  CHECK(nice_ticks(0, 1327753, 5) == std::vector<double>{0, 500000, 1000000, 1500000});
  CHECK(nice_ticks(91456, 122000, 5) == std::vector<double>{90000, 100000, 110000, 120000, 130000});
  CHECK(nice_ticks(-4543, -1500, 5) == std::vector<double>{-5000, -4000, -3000, -2000, -1000});
  CHECK(nice_ticks(3.5, 5, 5) == std::vector<double>{3.5, 4, 4.5, 5});  // 0.3 a step rounds up to 0.5
  CHECK(nice_ticks(7, 7, 5) == std::vector<double>{6, 6.5, 7, 7.5, 8});  // one value: ±10 %
  CHECK(nice_ticks(0, 0, 5) == std::vector<double>{-1, -0.5, 0, 0.5, 1});
}

TEST_CASE("tick text groups thousands and shows the decimals the step needs") {
  CHECK(tick_label(1500000, 500000) == "1,500,000");
  CHECK(tick_label(-4000, 1000) == "-4,000");
  CHECK(tick_label(3.75, 0.05) == "3.75");
  CHECK(tick_label(4, 0.5) == "4.0");
  CHECK(tick_label(1200.5, 0.5) == "1,200.5");
}

TEST_CASE("text is measured by display width: a Japanese character is twice an ASCII one") {
  CHECK(text_width("ab", 10) == doctest::Approx(11));
  CHECK(text_width("移住", 10) == doctest::Approx(22));
  CHECK(text_width("ﾌﾟﾛｸﾞﾗﾑ", 10) == doctest::Approx(text_width("abcdefg", 10)));  // half-width kana: 7 narrow
}

TEST_CASE("bars are proportional to their values and carry them as text") {
  BarChart c{"budget", {"this year", "last year"}, {}, "千円", [](double v) { return std::to_string(static_cast<long>(v)); }};
  c.items.push_back({"① 多様なライフスタイルの提案・発信", {200753, 155613}});
  c.items.push_back({"㉕ 行政情報化の推進", {1327753, std::nullopt}});
  std::string svg = bar_chart_svg(c);
  std::regex bar(R"re(width="([0-9.]+)" height="12.0" class="bar s\d" data-value="([0-9.]+)")re");
  std::vector<std::pair<double, double>> bars;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it)
    bars.emplace_back(std::stod((*it)[2]), std::stod((*it)[1]));
  REQUIRE(bars.size() == 3);  // no bar for a missing value
  for (const auto& [v, w] : bars) CHECK(w / v == doctest::Approx(bars[2].second / bars[2].first).epsilon(1e-5));
  CHECK(svg.find("<title>this year: 1327753</title>") != std::string::npos);
  CHECK(svg.find("<title>budget</title>") != std::string::npos);
}

TEST_CASE("a line breaks at a missing value and an open target is marked with its note") {
  LineChart c{"kpi (人)", {"H30", "R2", "R3", "R4"}, {}, "人", [](double v) { return std::to_string(static_cast<int>(v)); }};
  c.series.push_back({"Target", "target", {std::nullopt, 100, std::nullopt, 150}, {"", "", "見通せない", ""}});
  std::string svg = line_chart_svg(c);
  // Two points, two one-point paths ("M"), no segment ("L") across the open R3.
  CHECK(svg.find(" L") == std::string::npos);
  CHECK(svg.find("<title>Target R3: 見通せない</title>") != std::string::npos);
  CHECK(svg.find("<title>Target R2: 100 人</title>") != std::string::npos);
  size_t marks = 0;
  for (size_t p = svg.find("class=\"mark target\" data-value"); p != std::string::npos;
       p = svg.find("class=\"mark target\" data-value", p + 1))
    ++marks;
  CHECK(marks == 2);
}

TEST_CASE("text in charts is escaped") {
  CHECK(xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  CHECK(xml_escape(std::string("x\x01y")) == "x\\x01y");  // shown, as in every format
}

TEST_CASE("a ref prints as the document prints it") {
  CHECK(printed_ref("1-4") == "【１－４】");
  CHECK(printed_ref("5") == "【５】");
}

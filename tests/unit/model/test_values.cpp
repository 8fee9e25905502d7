// Years and numbers in the notations the contract accepts (values.hpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "yplan/values.hpp"

using yplan::Era;
using yplan::format_year;
using yplan::group_thousands;
using yplan::parse_number;
using yplan::parse_year;

namespace {

// "YEAR/ERA" or "none", so one CHECK compares both fields.
std::string year(std::string_view s) {
  auto y = parse_year(s);
  if (!y) return "none";
  const char* era = y->era == Era::reiwa ? "reiwa" : y->era == Era::heisei ? "heisei" : "gregorian";
  return std::to_string(y->year) + "/" + era;
}

}  // namespace

TEST_CASE("parse_year: every notation of the contract") {
  CHECK(year("2020") == "2020/gregorian");
  CHECK(year("R2") == "2020/reiwa");
  CHECK(year("H30") == "2018/heisei");
  CHECK(year("令和2") == "2020/reiwa");
  CHECK(year("令和２年度") == "2020/reiwa");  // full-width digit and 年度
  CHECK(year("平成30年度") == "2018/heisei");
  CHECK(year("R元") == "2019/reiwa");
  CHECK(year("令和元年度") == "2019/reiwa");
  CHECK(year("平成元年") == "1989/heisei");
  CHECK(year("２０２０") == "2020/gregorian");  // full-width Gregorian digits
  CHECK(year("Ｒ２") == "2020/reiwa");          // full-width letter too
  CHECK(year("R6") == "2024/reiwa");
  CHECK(year("H31") == "2019/heisei");  // the last Heisei year
  CHECK(year("2020年度") == "2020/gregorian");
  CHECK(year("R02") == "2020/reiwa");
  CHECK(year("r2") == "2020/reiwa");
  CHECK(year("H元") == "1989/heisei");
  CHECK(year(" R2 ") == "2020/reiwa");     // spaces around are ignored
  CHECK(year("㋿2") == "2020/reiwa");      // the era ligatures, through NFKC
  CHECK(year("㍻30年度") == "2018/heisei");
  CHECK(year("令和２年") == "2020/reiwa");
}

TEST_CASE("parse_year: rejections") {
  CHECK(year("R0") == "none");     // there is no year zero of an era
  CHECK(year("H32") == "none");    // Heisei ended in its 31st year
  CHECK(year("20") == "none");     // two digits are not a Gregorian year
  CHECK(year("X2") == "none");     // no such era
  CHECK(year("") == "none");
  CHECK(year("2020年度x") == "none");  // trailing text after the decoration
  CHECK(year("R") == "none");
  CHECK(year("令和") == "none");
  CHECK(year("R2.5") == "none");
  CHECK(year("R123") == "none");
  CHECK(year("20201") == "none");
  CHECK(year("999") == "none");
  CHECK(year("令和 2") == "none");        // no space between the era and the number
  CHECK(year("FY2020") == "none");
  CHECK(year("平成三十年度") == "none");  // kanji numerals
  CHECK(year("R100") == "none");
}

TEST_CASE("format_year: era short notation, Gregorian outside the era") {
  CHECK(format_year(2020, Era::reiwa) == "R2");
  CHECK(format_year(2019, Era::reiwa) == "R1");
  CHECK(format_year(2018, Era::heisei) == "H30");
  CHECK(format_year(2019, Era::heisei) == "H31");
  CHECK(format_year(1989, Era::heisei) == "H1");
  CHECK(format_year(2020, Era::gregorian) == "2020");
  CHECK(format_year(2018, Era::reiwa) == "2018");   // before Reiwa
  CHECK(format_year(1988, Era::heisei) == "1988");  // before Heisei
  CHECK(format_year(2020, Era::heisei) == "2020");  // after Heisei
}

TEST_CASE("format_year and parse_year round-trip through the era notation") {
  for (int y = 2019; y <= 2040; ++y) {
    auto back = parse_year(format_year(y, Era::reiwa));
    REQUIRE(back);
    CHECK(back->year == y);
    CHECK(back->era == Era::reiwa);
  }
  for (int y = 1989; y <= 2019; ++y) {
    auto back = parse_year(format_year(y, Era::heisei));
    REQUIRE(back);
    CHECK(back->year == y);
    CHECK(back->era == Era::heisei);
  }
}

TEST_CASE("parse_number: integers as printed") {
  struct Case {
    const char* text;
    int64_t value;
  };
  const Case cases[] = {
      {"91456", 91456},     {"91,456", 91456},   {"△4,543", -4543}, {"▲12", -12},
      {"９１，４５６", 91456}, {"-3", -3},          {"+7", 7},          {"1,234,567", 1234567},
      {"0", 0},             {" 42 ", 42},        {"－5", -5},         {"−6", -6},
      {"999", 999},         {"1,000", 1000},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    auto v = parse_number(c.text);
    REQUIRE(v);
    CHECK(v->integral);
    CHECK_FALSE(v->overflow);
    CHECK(v->integer == c.value);
    CHECK(v->value == doctest::Approx(static_cast<double>(c.value)));
  }
}

TEST_CASE("parse_number: decimals") {
  auto v = parse_number("５６．４");
  REQUIRE(v);
  CHECK_FALSE(v->integral);
  CHECK(v->value == doctest::Approx(56.4));

  v = parse_number("4.2");
  REQUIRE(v);
  CHECK_FALSE(v->integral);
  CHECK(v->value == doctest::Approx(4.2));

  v = parse_number("△0.5");
  REQUIRE(v);
  CHECK(v->value == doctest::Approx(-0.5));

  v = parse_number("1,234.5");
  REQUIRE(v);
  CHECK(v->value == doctest::Approx(1234.5));
}

TEST_CASE("parse_number: rejections say why") {
  struct Case {
    const char* text;
    const char* why;
  };
  const Case cases[] = {
      {"1,23", "commas must separate groups of three digits"},
      {"12,3456", "commas must separate groups of three digits"},
      {"1234,567", "commas must separate groups of three digits"},
      {",123", "commas must separate groups of three digits"},
      {"1,,234", "commas must separate groups of three digits"},
      {"abc", "unexpected `abc`"},
      {"12a", "unexpected `a`"},
      {"116,000件", "unexpected `件`"},
      {"200,753千円", "unexpected `千円`"},
      {"", "no digits"},
      {"△", "no digits"},
      {"-", "no digits"},
      {"1.2.3", "unexpected `2.3` after the decimal point"},
      {"1.5x", "unexpected `5x` after the decimal point"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    std::string why;
    CHECK_FALSE(parse_number(c.text, &why));
    CHECK(why == c.why);
  }
  // `why` may be left out.
  CHECK_FALSE(parse_number("x"));
}

TEST_CASE("parse_number: 64-bit overflow is flagged, not wrapped") {
  auto v = parse_number("99999999999999999999");
  REQUIRE(v);
  CHECK(v->integral);
  CHECK(v->overflow);

  v = parse_number("9223372036854775807");  // INT64_MAX fits
  REQUIRE(v);
  CHECK_FALSE(v->overflow);
  CHECK(v->integer == std::numeric_limits<int64_t>::max());

  v = parse_number("9,223,372,036,854,775,808");  // INT64_MAX + 1
  REQUIRE(v);
  CHECK(v->overflow);

  // Decimals are doubles: no overflow flag.
  v = parse_number("99999999999999999999.5");
  REQUIRE(v);
  CHECK_FALSE(v->integral);
  CHECK_FALSE(v->overflow);
}

TEST_CASE("group_thousands") {
  CHECK(group_thousands(0) == "0");
  CHECK(group_thousands(999) == "999");
  CHECK(group_thousands(1000) == "1,000");
  CHECK(group_thousands(91456) == "91,456");
  CHECK(group_thousands(1234567) == "1,234,567");
  CHECK(group_thousands(-4543) == "-4,543");
  CHECK(group_thousands(-100) == "-100");
  CHECK(group_thousands(-100000) == "-100,000");
  CHECK(group_thousands(std::numeric_limits<int64_t>::max()) == "9,223,372,036,854,775,807");
  CHECK(group_thousands(std::numeric_limits<int64_t>::min()) == "-9,223,372,036,854,775,808");
}

TEST_CASE("format_number: integers grouped, decimals to at most three places") {
  CHECK(yplan::format_number(116000) == "116,000");
  CHECK(yplan::format_number(-4543) == "-4,543");
  CHECK(yplan::format_number(56.4) == "56.4");
  CHECK(yplan::format_number(1234.5) == "1,234.5");
  CHECK(yplan::format_number(-1234.5) == "-1,234.5");
  CHECK(yplan::format_number(0.125) == "0.125");
  CHECK(yplan::format_number(2.0004) == "2");
  CHECK(yplan::format_number(-0.5) == "-0.5");
  // A value that is not 0 never reads 0: decimals until its first digit shows.
  CHECK(yplan::format_number(0.0004) == "0.0004");
  CHECK(yplan::format_number(-0.0004) == "-0.0004");
  CHECK(yplan::format_number(0.00012) == "0.0001");
  CHECK(yplan::format_number(0.0) == "0");
}

TEST_CASE("format_percent: 0.0% is no change at all; under 0.1 % either way reads <0.1%") {
  CHECK(yplan::format_percent(4.6012, true) == "+4.6%");
  CHECK(yplan::format_percent(-12.5, true) == "-12.5%");
  CHECK(yplan::format_percent(-12.5, true, "△") == "△12.5%");
  CHECK(yplan::format_percent(0.0, true) == "0.0%");
  CHECK(yplan::format_percent(-0.0, true, "△") == "0.0%");
  CHECK(yplan::format_percent(0.0001, true) == "+<0.1%");
  CHECK(yplan::format_percent(-0.035, true) == "-<0.1%");
  CHECK(yplan::format_percent(-0.035, true, "△") == "△<0.1%");
  CHECK(yplan::format_percent(-0.05001, true) == "-0.1%");  // rounds to 0.1: a figure again
  CHECK(yplan::format_percent(0.04, false) == "<0.1%");     // a rate: no plus sign
  CHECK(yplan::format_percent(47.4, false) == "47.4%");
  CHECK(yplan::format_percent(-5, false) == "-5.0%");
}

TEST_CASE("percent_number (CSV): one decimal, more only where one would round to 0") {
  CHECK(yplan::percent_number(4.6012) == "4.6");
  CHECK(yplan::percent_number(-12.5) == "-12.5");
  CHECK(yplan::percent_number(0.0) == "0.0");
  CHECK(yplan::percent_number(-0.0) == "0.0");
  CHECK(yplan::percent_number(-0.0195) == "-0.02");
  CHECK(yplan::percent_number(0.0001) == "0.0001");
  CHECK(yplan::percent_number(0.04) == "0.04");
}

TEST_CASE("checked_add") {
  int64_t out = 0;
  CHECK(yplan::checked_add(2, 3, out));
  CHECK(out == 5);
  CHECK_FALSE(yplan::checked_add(std::numeric_limits<int64_t>::max(), 1, out));
  CHECK_FALSE(yplan::checked_add(std::numeric_limits<int64_t>::min(), -1, out));
  CHECK(yplan::checked_add(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), out));
  CHECK(out == -1);
}

TEST_CASE("nfkc") {
  CHECK(yplan::nfkc("plain ascii") == "plain ascii");
  CHECK(yplan::nfkc("９１，４５６") == "91,456");
  CHECK(yplan::nfkc("５６．４") == "56.4");
  CHECK(yplan::nfkc("令和２年度") == "令和2年度");
  CHECK(yplan::nfkc("ＡＢＣ") == "ABC");
  CHECK(yplan::nfkc("％") == "%");
  CHECK(yplan::nfkc("ｶﾞ") == "ガ");   // half-width katakana with voiced mark composes
  CHECK(yplan::nfkc("①") == "1");
  CHECK(yplan::nfkc("△▲") == "△▲");  // the minus signs of printed tables are kept
  CHECK(yplan::nfkc("") == "");
}

// yplan-plan(5) NUMBERS: "Nothing else is accepted: 1e3, 0x10, 1_000, .5, 1.,
// .inf, kanji numerals and true are value-format errors."
TEST_CASE("parse_number: YAML notations beyond plain decimals are rejected, as documented") {
  struct Case {
    const char* text;
    const char* why;
  };
  const Case cases[] = {
      {"1e3", "unexpected `e3`"},       {"0x10", "unexpected `x10`"}, {"1_000", "unexpected `_000`"},
      {".5", "no digits"},              {".inf", "no digits"},        {"true", "unexpected `true`"},
      {"三十", "unexpected `三十`"},    {"1.5e3", "unexpected `5e3` after the decimal point"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    std::string why;
    CHECK_FALSE(parse_number(c.text, &why));
    CHECK(why == c.why);
  }
  CHECK_FALSE(parse_number("1."));
}

TEST_CASE("explain_number: the character that is wrong, and the number to write") {
  using yplan::NumberProblem;
  auto p = yplan::explain_number("1.2万");
  CHECK(p.kind == NumberProblem::multiplier);
  CHECK(p.culprit == "万");
  CHECK(p.index == 3);
  CHECK(p.suggestion == "12,000");
  p = yplan::explain_number("3億");
  CHECK(p.suggestion == "300,000,000");
  p = yplan::explain_number("1,000円");
  CHECK(p.kind == NumberProblem::unit);
  CHECK(p.culprit == "円");
  CHECK(p.suggestion == "1,000");
  p = yplan::explain_number("１５５，６１３千円");
  CHECK(p.culprit == "千円");
  CHECK(p.index == 21);  // seven full-width characters of three bytes
  CHECK(p.suggestion == "155,613");
  p = yplan::explain_number("12a4");
  CHECK(p.kind == NumberProblem::other);
  CHECK(p.culprit == "a");
  p = yplan::explain_number("1,00");  // a problem of form, not of a character
  CHECK(p.kind == NumberProblem::none);
}

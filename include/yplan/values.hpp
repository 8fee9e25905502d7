// Years and numbers in the notations plans are printed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yplan {

// Which era notation a year was written in.
enum class Era { gregorian, reiwa, heisei };

struct YearValue {
  int year = 0;  // Gregorian (fiscal) year
  Era era = Era::gregorian;
};

// Parses "2020", "R2", "H30", "令和2", "令和２年度", "平成30年度", "R元",
// "令和元年度" (full-width digits allowed). nullopt if not a year.
std::optional<YearValue> parse_year(std::string_view text);

// Formats a Gregorian year the way `example` (another year) is written:
// 令和２年度 → 令和３年度, R02 → R03, H30 → H31, 2020 → 2021, R2 → R3.
std::string format_year_like(int year, std::string_view example);

// Formats a Gregorian year in an era's short notation: 2020 → "R2", 2018 → "H30",
// 2019 in reiwa → "R1". Years outside an era fall back to Gregorian digits.
std::string format_year(int year, Era era);

// A number exactly as written in decimal: value × 10^18 as a 128-bit
// integer, so 4.7 against 0.47 compares exactly as 470 against 47 does
// (binary floating point cannot). `exact` is false for a number with more
// than 18 decimals or beyond ±1.7 × 10^20; comparisons then use `approx`.
__extension__ typedef __int128 Int128;
struct Decimal {
  Int128 units = 0;  // value × 10^18, when exact
  bool exact = false;
  double approx = 0;

  static Decimal of(double v);  // exact when v is an integer of 18 digits or fewer
  Decimal abs() const;
};
// -1, 0 or 1: a < b, a == b, a > b (exact when both are).
int compare(const Decimal& a, const Decimal& b);
// k·a against m·b for small integer factors (an outlier's "ten times the
// median"), exact when both are and the products fit; -1, 0 or 1.
int compare_scaled(const Decimal& a, int k, const Decimal& b, int m);
// a + b (a median of two is (a + b) / 2: compare it with compare_scaled's 2).
Decimal add(const Decimal& a, const Decimal& b);

struct NumberValue {
  double value = 0;
  Decimal decimal;  // the same value, exactly as written
  bool integral = false;   // no fractional part was written
  int64_t integer = 0;     // valid when integral && !overflow
  bool overflow = false;   // integral but beyond 64 bits
};

// Parses a number as printed: YAML numbers, "91,456", "△4,543" (△ or ▲ is
// minus), full-width "９１，４５６" and "５６．４". Commas must group by three.
// nullopt (with `why`) if it cannot be read.
std::optional<NumberValue> parse_number(std::string_view text, std::string* why = nullptr);

// Why a number as written cannot be read, for messages (plan-format NUMBERS):
// the first character that cannot be part of a number, and the number to
// write instead when one follows from the text ("1.2万" → "12,000",
// "1,000円" → "1,000", "１５５，６１３千円" → "155,613").
struct NumberProblem {
  enum Kind {
    none,        // every character could be part of a number (a problem of form, as parse_number says)
    multiplier,  // 万, 億 or 千 after the digits: `suggestion` is the figure multiplied out
    unit,        // a unit after the digits (円, 千円, 件, %...): `suggestion` is the number alone
    other,       // another character; `suggestion` is empty
  };
  Kind kind = none;
  size_t index = 0;        // byte index of `culprit` in the text
  std::string culprit;     // the character (or unit word) that is wrong
  std::string suggestion;  // "" when none can be worked out
};
NumberProblem explain_number(std::string_view text);

// Unicode NFKC normalisation (utf8proc); ASCII input is returned as is.
std::string nfkc(std::string_view text);

// 1234567 → "1,234,567"; -4543 → "-4,543".
std::string group_thousands(int64_t v);
// An amount written the way `example` (another amount, as the file has it)
// is written, so that a rewritten value keeps its notation: separators
// ("200,753" → "210,000"; full-width "，" stays full-width), full-width digits
// ("２００" → "２１０"), the minus sign (△, ▲, -, −, －; a negative value
// whose example has none gets "-"). An example that is not a number (null,
// empty) gives plain digits. Used by `yplan fix` and `set --recalc`.
std::string format_amount_like(int64_t value, std::string_view example);
// A number for messages: integers grouped, others with up to 3 decimals;
// a value that is not 0 never reads 0 (0.0004 → "0.0004": decimals are
// added until its first digit shows).
std::string format_number(double v);

// A percentage for people (report and diff tables, text and Markdown), one
// decimal: "4.6%", "-12.5%" (`minus` is "-" or the Japanese "△"), with
// `plus` "+4.6%". 0.0% is an exact 0 only: a value that rounds to 0.0 but is
// not 0 reads "<0.1%" ("+<0.1%" with `plus`) or "-<0.1%" (less than 0.1 %
// either way), never 0.0% or -0.0%.
std::string format_percent(double pct, bool plus, std::string_view minus = "-");
// The same percentage as a plain number (CSV, for programs): one decimal
// ("4.6", "-12.5"), "0.0" for an exact 0, and a value that would round to
// 0.0 with as many decimals as its first digit needs ("-0.03", "0.004").
std::string percent_number(double pct);

// Checked 64-bit addition; false on overflow.
bool checked_add(int64_t a, int64_t b, int64_t& out);

}  // namespace yplan

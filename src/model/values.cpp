#include "yplan/values.hpp"
#include "yplan/i18n.hpp"

#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <utf8proc.h>

#include "yplan/i18n.hpp"

namespace yplan {

std::string nfkc(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(text);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_COMPAT));
  if (n < 0) return std::string(text);
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

static std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

static bool consume(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

static bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::optional<YearValue> parse_year(std::string_view raw) {
  std::string norm = nfkc(raw);
  std::string_view s = trim(norm);
  // A trailing 年度 (fiscal year) or 年 is decoration.
  if (s.size() >= 6 && s.substr(s.size() - 6) == "年度") s.remove_suffix(6);
  else if (s.size() >= 3 && s.substr(s.size() - 3) == "年") s.remove_suffix(3);
  s = trim(s);

  YearValue y;
  int base = 0;
  if (consume(s, "令和") || consume(s, "R") || consume(s, "r")) {
    y.era = Era::reiwa;
    base = 2018;
  } else if (consume(s, "平成") || consume(s, "H") || consume(s, "h")) {
    y.era = Era::heisei;
    base = 1988;
  }
  if (y.era != Era::gregorian) {
    int n = 0;
    if (s == "元") {
      n = 1;
    } else if (all_digits(s) && s.size() <= 2) {
      n = std::atoi(std::string(s).c_str());
    } else {
      return std::nullopt;
    }
    if (n < 1) return std::nullopt;
    if (y.era == Era::heisei && n > 31) return std::nullopt;
    y.year = base + n;
    return y;
  }
  if (s.size() == 4 && all_digits(s)) {
    y.year = std::atoi(std::string(s).c_str());
    if (y.year < 1000) return std::nullopt;
    return y;
  }
  return std::nullopt;
}

std::string format_year_like(int year, std::string_view example) {
  auto ex = parse_year(example);
  if (!ex) return std::to_string(year);
  // The example's parts: prefix (R, 令和, ...), digits (width, full-width?), suffix (年度, 年).
  size_t d0 = 0;
  while (d0 < example.size() && !(example[d0] >= '0' && example[d0] <= '9') &&
         example.substr(d0, 3) != "元" && !(static_cast<unsigned char>(example[d0]) == 0xEF && d0 + 2 < example.size() &&
                                             static_cast<unsigned char>(example[d0 + 1]) == 0xBC &&
                                             static_cast<unsigned char>(example[d0 + 2]) >= 0x90 &&
                                             static_cast<unsigned char>(example[d0 + 2]) <= 0x99))
    ++d0;
  size_t d1 = d0;
  bool wide = false;
  while (d1 < example.size()) {
    if (example[d1] >= '0' && example[d1] <= '9') {
      ++d1;
    } else if (example.substr(d1, 3) == "元") {
      d1 += 3;
    } else if (static_cast<unsigned char>(example[d1]) == 0xEF && d1 + 2 < example.size() &&
               static_cast<unsigned char>(example[d1 + 1]) == 0xBC &&
               static_cast<unsigned char>(example[d1 + 2]) >= 0x90 && static_cast<unsigned char>(example[d1 + 2]) <= 0x99) {
      d1 += 3;
      wide = true;
    } else {
      break;
    }
  }
  std::string_view prefix = example.substr(0, d0), suffix = example.substr(d1);
  size_t width = nfkc(example.substr(d0, d1 - d0)).size();
  int n = year;
  if (ex->era == Era::reiwa) n = year - 2018;
  if (ex->era == Era::heisei) n = year - 1988;
  if (n < 1 || (ex->era == Era::heisei && n > 31)) return format_year(year, year >= 2019 ? Era::reiwa : Era::heisei);
  std::string digits = std::to_string(n);
  if (digits.size() < width && example.substr(d0, 3) != "元") digits.insert(0, width - digits.size(), '0');
  if (wide) {
    std::string w;
    for (char c : digits) w += std::string("\xEF\xBC") + static_cast<char>(0x90 + (c - '0'));
    digits = w;
  }
  return std::string(prefix) + digits + std::string(suffix);
}

std::string format_year(int year, Era era) {
  if (era == Era::reiwa && year >= 2019) return fmt::format("R{}", year - 2018);
  if (era == Era::heisei && year >= 1989 && year <= 2019) return fmt::format("H{}", year - 1988);
  return std::to_string(year);
}

std::optional<NumberValue> parse_number(std::string_view raw, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<NumberValue> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  std::string norm = nfkc(raw);
  std::string_view s = trim(norm);
  bool negative = false;
  std::string_view sign;
  for (std::string_view m : {"△", "▲", "-", "−", "+"})
    if (consume(s, m)) {
      sign = m;
      negative = m != "+";
      break;
    }
  // A sign stands against its digits: "△ 12" (or a full-width space, which
  // NFKC made an ASCII one) is not a number the format allows.
  if (!sign.empty() && !s.empty() && (s.front() == ' ' || s.front() == '\t'))
    return fail(trf("a space stands between the sign `{}` and the digits; write `{}{}`", sign, sign, trim(s)));
  if (s.empty()) return fail(tr("no digits"));

  std::string digits;  // integer part without separators
  size_t i = 0;
  int group = -1;      // digits since the last comma; -1 before any comma
  size_t lead = 0;     // digits before the first comma
  for (; i < s.size() && s[i] != '.'; ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (group >= 0) ++group; else ++lead;
    } else if (c == ',') {
      if (digits.empty() || (group >= 0 && group != 3) || (group < 0 && lead > 3))
        return fail(tr("commas must separate groups of three digits"));
      group = 0;
    } else {
      return fail(trf("unexpected `{}`", s.substr(i)));
    }
  }
  if (group >= 0 && group != 3) return fail(tr("commas must separate groups of three digits"));
  if (digits.empty()) return fail(tr("no digits"));
  std::string frac;
  if (i < s.size()) {  // s[i] == '.'
    frac = std::string(s.substr(i + 1));
    if (frac.empty()) return fail(tr("no digits after the decimal point"));
    if (!all_digits(frac)) return fail(trf("unexpected `{}` after the decimal point", frac));
  }

  NumberValue v;
  v.integral = frac.empty();
  {
    // Exact units (value × 10^18), checked; more digits than that hold stay approximate.
    Int128 units = 0;
    bool exact = frac.size() <= 18;
    for (char c : digits)
      if (exact) exact = !__builtin_mul_overflow(units, 10, &units) && !__builtin_add_overflow(units, c - '0', &units);
    for (size_t k = 0; k < 18 && exact; ++k)
      exact = !__builtin_mul_overflow(units, 10, &units) &&
              !__builtin_add_overflow(units, k < frac.size() ? frac[k] - '0' : 0, &units);
    v.decimal.exact = exact;
    v.decimal.units = exact ? (negative ? -units : units) : 0;
  }
  std::string text = digits;
  if (!frac.empty()) text += "." + frac;
  v.value = std::strtod(text.c_str(), nullptr);
  if (negative) v.value = -v.value;
  v.decimal.approx = v.value;
  if (v.integral) {
    // Checked accumulation: amounts beyond 64 bits are reported, not wrapped.
    int64_t acc = 0;
    for (char c : digits) {
      int d = c - '0';
      if (acc > (INT64_MAX - d) / 10) {
        v.overflow = true;
        break;
      }
      acc = acc * 10 + d;
    }
    v.integer = negative ? -acc : acc;
  }
  return v;
}

NumberProblem explain_number(std::string_view raw) {
  NumberProblem p;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(raw.data());
  size_t i = 0;
  bool start = true;  // before the first digit: blanks and a sign may come
  while (i < raw.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(raw.size() - i), &cp);
    if (len <= 0) len = 1;
    std::string c = nfkc(raw.substr(i, static_cast<size_t>(len)));
    bool digit = c.size() == 1 && c[0] >= '0' && c[0] <= '9';
    bool part = digit || c == "," || c == "." || ((c == " " || c == "\t") && start) ||
                (start && (c == "△" || c == "▲" || c == "-" || c == "−" || c == "+"));
    if (!part) break;
    if (digit) start = false;
    i += static_cast<size_t>(len);
  }
  if (i >= raw.size()) return p;
  p.index = i;
  std::string rest = nfkc(raw.substr(i));
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.pop_back();
  std::string prefix = nfkc(trim(raw.substr(0, i)));
  auto value = prefix.empty() ? std::nullopt : parse_number(prefix);
  int64_t mult = rest == "万" ? 10000 : rest == "億" ? 100000000 : rest == "千" ? 1000 : 0;
  bool has_digit = rest.find_first_of("0123456789") != std::string::npos;
  if (mult && value) {
    p.kind = NumberProblem::multiplier;
    p.culprit = rest;
    double x = value->value * static_cast<double>(mult);
    p.suggestion = std::fabs(x) < 9e15 ? format_number(x) : "";
  } else if (value && !has_digit) {
    p.kind = NumberProblem::unit;
    p.culprit = rest;
    p.suggestion = prefix;
  } else {
    p.kind = NumberProblem::other;
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(raw.size() - i), &cp);
    p.culprit = std::string(raw.substr(i, len > 0 ? static_cast<size_t>(len) : 1));
  }
  return p;
}

std::string group_thousands(int64_t v) {
  // Magnitude as unsigned so that INT64_MIN is printed right too.
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits = std::to_string(mag);
  std::string out;
  if (v < 0) out.push_back('-');
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string format_amount_like(int64_t v, std::string_view example) {
  std::string_view ex = trim(example);
  // The example's minus sign, if any; then what its digits and separators look like.
  std::string minus = "-";
  for (std::string_view sign : {"△", "▲", "−", "－", "-"})
    if (ex.substr(0, sign.size()) == sign) {
      minus = std::string(sign);
      break;
    }
  const bool readable = parse_number(ex).has_value();
  bool wide = false, grouped = false, wide_comma = false;
  if (readable) {
    for (size_t i = 0; i < ex.size(); ++i) {
      if (ex[i] == ',') grouped = true;
      if (ex.substr(i, 3) == "，") grouped = wide_comma = true;
      // Full-width digits ０–９ are EF BC 90–99.
      if (static_cast<unsigned char>(ex[i]) == 0xEF && i + 2 < ex.size() &&
          static_cast<unsigned char>(ex[i + 1]) == 0xBC && static_cast<unsigned char>(ex[i + 2]) >= 0x90 &&
          static_cast<unsigned char>(ex[i + 2]) <= 0x99)
        wide = true;
    }
  }
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits = std::to_string(mag), out;
  if (v < 0) out = minus;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (grouped && i && (digits.size() - i) % 3 == 0) out += wide_comma ? "，" : ",";
    if (wide) out += std::string("\xEF\xBC") + static_cast<char>(0x90 + (digits[i] - '0'));
    else out += digits[i];
  }
  return out;
}

namespace {
// `v` fixed with `decimals` decimals, or with more when those would round a
// value that is not 0 to 0 (0.0004 at 3 decimals → "0.0004"), up to 20.
std::string fixed_showing(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  while (v != 0 && std::isfinite(v) && decimals < 20 && s.find_first_of("123456789") == std::string::npos)
    s = fmt::format("{:.{}f}", v, ++decimals);
  return s;
}
}  // namespace

std::string format_percent(double pct, bool plus, std::string_view minus) {
  if (pct == 0) return "0.0%";  // -0.0 too
  std::string s = fmt::format("{:.1f}%", std::fabs(pct));
  if (s == "0.0%") s = "<0.1%";  // not 0, but less than 0.1 % either way
  if (pct < 0) return std::string(minus) + s;
  return plus ? "+" + s : s;
}

std::string percent_number(double pct) {
  if (pct == 0) return "0.0";
  return fixed_showing(pct, 1);
}

std::string format_number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v)) {
    return group_thousands(static_cast<int64_t>(v));
  }
  std::string s = fixed_showing(v, 3);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  // group the integer part
  auto dot = s.find('.');
  std::string ip = s.substr(0, dot);
  bool neg = !ip.empty() && ip[0] == '-';
  int64_t iv = std::atoll(ip.c_str() + (neg ? 1 : 0));
  std::string g = group_thousands(iv);
  return (neg ? "-" : "") + g + (dot == std::string::npos ? "" : s.substr(dot));
}

Decimal Decimal::of(double v) {
  Decimal d;
  d.approx = v;
  if (std::isfinite(v) && std::fabs(v) < 1e18 && v == std::floor(v)) {
    d.exact = true;
    d.units = static_cast<Int128>(static_cast<int64_t>(v)) * static_cast<Int128>(1000000000000000000LL);
  }
  return d;
}

Decimal Decimal::abs() const {
  Decimal d = *this;
  if (d.units < 0) d.units = -d.units;
  d.approx = std::fabs(d.approx);
  return d;
}

static int sign_of(double x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

int compare(const Decimal& a, const Decimal& b) {
  if (a.exact && b.exact) return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
  return sign_of(a.approx - b.approx);
}

int compare_scaled(const Decimal& a, int k, const Decimal& b, int m) {
  if (a.exact && b.exact) {
    Int128 x = 0, y = 0;
    if (!__builtin_mul_overflow(a.units, k, &x) && !__builtin_mul_overflow(b.units, m, &y))
      return x < y ? -1 : x > y ? 1 : 0;
  }
  long double d = static_cast<long double>(a.approx) * k - static_cast<long double>(b.approx) * m;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

Decimal add(const Decimal& a, const Decimal& b) {
  Decimal d;
  d.approx = a.approx + b.approx;
  d.exact = a.exact && b.exact && !__builtin_add_overflow(a.units, b.units, &d.units);
  if (!d.exact) d.units = 0;
  return d;
}

bool checked_add(int64_t a, int64_t b, int64_t& out) {
  return !__builtin_add_overflow(a, b, &out);
}

}  // namespace yplan

// Loading a plan: the values under its keys — years, numbers, amounts
// (千円) and the totals of the plan and its sections.
#include "load/loader_parts.hpp"

namespace yplan::loader {

std::optional<Year> Loader::year(uint32_t idx, const std::string& path) {
  const Node& n = node(idx);
  if (n.kind != Kind::scalar) {
    wrong_kind(n, path, tr_noop("a year"));
    return std::nullopt;
  }
  auto y = parse_year(n.text);
  if (!y) {
    sink_.error("year-format", n.pos, path,
                trf("`{}` is not a year; write 2020, R2, H30, 令和2年度 or 平成30年度", n.text));
    return std::nullopt;
  }
  return Year{y->year, y->era, n.text, n.pos};
}

std::optional<NumberValue> Loader::number(const Node& n, const std::string& path, bool amount) {
  if (n.kind != Kind::scalar) {
    wrong_kind(n, path, tr_noop("a number"));
    return std::nullopt;
  }
  std::string why;
  auto v = parse_number(n.text, &why);
  if (!v) {
    auto e = explain::unreadable_number(n.text, why);
    sink_.error("value-format", at(n, e), path, e.message).help = e.help;
    return std::nullopt;
  }
  if (amount && !v->integral) {
    sink_.error("value-format", n.pos, path,
                trf("`{}` is not a whole number; amounts are integers", n.text));
    return std::nullopt;
  }
  if (v->integral && v->overflow) {
    sink_.error("value-format", n.pos, path,
                trf("`{}` is too large: numbers must fit in 64 bits", n.text));
    return std::nullopt;
  }
  return v;
}

void Loader::amount(const Fields& f, std::string_view key, const std::string& path, AmountField& out) {
  out.pos = f.pos;
  const auto* e = f.find(key);
  if (!e) {
    out.invalid = f.was_misspelt(key);  // written, under a misspelt key: unknown
    return;
  }
  const Node& n = node(e->value);
  out = read_amount(n);
  if (out.invalid) number(n, path + "." + std::string(key), true);  // says why
}

std::optional<Quantity> Loader::quantity(const Node& n, const std::string& path) {
  if (auto v = number(n, path, false)) return Quantity{v->value, v->decimal, n.text, n.pos};
  return std::nullopt;
}

std::optional<Total> Loader::total(const Fields& f, const std::string& path) {
  const auto* e = f.find("total");
  if (!e) return std::nullopt;
  std::string tpath = path + ".total";
  if (node(e->value).kind == Kind::null) return std::nullopt;
  Fields tf;
  if (!fields(e->value, tpath, keys::total, tf, tr_noop("a total"))) return std::nullopt;
  Total t;
  t.pos = tf.pos;
  amount(tf, "budget", tpath, t.budget);
  amount(tf, "previous", tpath, t.previous);
  if (!t.budget.stated) require_all(tf, "total", tpath, tr_noop("a total"));
  return t;
}

}  // namespace yplan::loader

namespace yplan {

AmountField read_amount(const yaml::Node& n) {
  using yaml::Kind;
  AmountField out;
  out.stated = true;
  out.pos = n.pos;
  if (n.kind == Kind::null) return out;
  auto v = n.kind == Kind::scalar ? parse_number(n.text) : std::nullopt;
  if (v && v->integral && !v->overflow)
    out.amount = Amount{v->integer, n.text, n.pos};
  else
    out.invalid = true;
  return out;
}

}  // namespace yplan

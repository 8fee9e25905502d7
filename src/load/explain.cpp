// Keys and numbers a person got wrong without seeing it (load/explain.hpp).
#include "load/explain.hpp"

#include <algorithm>

#include "yaml/mistakes.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan::explain {

std::optional<Explained> mistaken_key(std::string_view key, const std::vector<std::string_view>& known,
                                      const char* what, std::string& meant) {
  auto is_known = [&](std::string_view w) { return std::find(known.begin(), known.end(), w) != known.end(); };
  uint32_t cp = 0;
  const char* name = "";
  if (size_t i = yaml::mistakes::invisible_char(key, cp, name); i != std::string_view::npos) {
    std::string clean = yaml::mistakes::without_invisible(key);
    meant = is_known(clean) ? clean : "";
    return Explained{i, true,
                     trf("key `{}` in {} holds an invisible character, U+{:04X} ({})",
                         yaml::mistakes::show_invisible(key), what, cp, name),
                     meant.empty() ? tr("delete the character") : trf("delete the character: the key is `{}`", clean)};
  }
  size_t sp = key.find_first_of(" \t");
  if (sp == std::string_view::npos || !is_known(key.substr(0, sp))) return std::nullopt;
  meant = std::string(key.substr(0, sp));
  std::string_view rest = key.substr(sp);
  rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
  return Explained{sp, true,
                   trf("`{}` has no colon after the key `{}`: a key is followed by `:` and a space", key, meant),
                   trf("write `{}: {}`", meant, rest)};
}

Explained unreadable_number(std::string_view text, const std::string& why) {
  NumberProblem p = explain_number(text);
  Explained e;
  e.at = p.index;
  e.located = p.kind != NumberProblem::none;
  if (p.kind == NumberProblem::multiplier && !p.suggestion.empty()) {
    e.message = trf("cannot read `{}` as a number: `{}` is not a digit; write {}", text, p.culprit, p.suggestion);
    e.help = tr("write the figure in digits, without 万, 億 or 千, in the unit of the field (amounts are in "
                "plan.budget_unit, 千円 unless stated)");
  } else if (p.kind == NumberProblem::unit && nfkc(p.culprit) == "円") {
    // Yen are not the plan's unit (千円): "write 155,613" would claim a
    // thousand times the figure. Say what to do, and print no number.
    e.message = trf("cannot read `{}` as a number: `{}` is a unit, not part of the number", text, p.culprit);
    e.help = tr("write the number alone, in the field's unit: amounts are in plan.budget_unit (千円 unless stated), "
                "so a figure in 円 is divided by 1,000");
  } else if (p.kind == NumberProblem::unit) {
    e.message = trf("cannot read `{}` as a number: `{}` is a unit, not part of the number; write {}", text,
                    p.culprit, p.suggestion);
    e.help = tr("write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`");
  } else if (p.kind == NumberProblem::other) {
    e.message = trf("cannot read `{}` as a number: `{}` is not a digit", text, p.culprit);
  } else {
    e.message = trf("cannot read `{}` as a number: {}", text, why);
  }
  return e;
}

}  // namespace yplan::explain

// negative-amount: a budget or previous is below zero.
#include "util.hpp"

namespace yplan {

namespace {
void check(Sink& sink, const AmountField& f, const std::string& path, const std::string& owner, const char* field) {
  if (f.amount && f.amount->value < 0)
    sink.error("negative-amount", f.pos, path + "." + field,
               std::string_view(field) == "budget" ? trf("budget of {} is {}, below zero", owner, amount(f.amount->value))
                                                   : trf("previous of {} is {}, below zero", owner, amount(f.amount->value)));
}
void check_pair(Sink& sink, const AmountField& b, const AmountField& p, const std::string& path,
                const std::string& owner) {
  check(sink, b, path, owner, "budget");
  check(sink, p, path, owner, "previous");
}
}  // namespace

void check_negative_amount(const Plan& plan, Sink& sink) {
  if (plan.meta.total)
    check_pair(sink, plan.meta.total->budget, plan.meta.total->previous, "plan.total", tr("the plan total"));
  for (const auto& p : plan.projects)
    check_pair(sink, p.budget, p.previous, path_of(p), trf("project `{}`", p.label()));
  for (const auto& s : plan.sections) {
    for (const auto& l : s.listings)
      if (!l.project_unknown) check_pair(sink, l.budget, l.previous, path_of(s, l),
                 trf("the listing of `{}` under section {}", l.project.value, s.id.value));
    if (s.total)
      check_pair(sink, s.total->budget, s.total->previous, path_of(s) + ".total",
                 trf("the total of section {}", s.id.value));
  }
}

}  // namespace yplan

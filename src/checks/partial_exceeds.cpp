// partial-exceeds: a partial listing states more than the project's own figures.
#include "util.hpp"

namespace yplan {

void check_partial_exceeds(const Plan& plan, Sink& sink) {
  for (const auto& s : plan.sections) {
    for (const auto& l : s.listings) {
      if (!l.partial || l.partial_unknown) continue;
      int pi = plan.find_project(l.project.value);
      if (pi < 0) continue;
      const Project& p = plan.projects[static_cast<size_t>(pi)];
      auto one = [&](const AmountField& part, const AmountField& whole, const char* field, const char* msgid) {
        if (!part.amount || !whole.amount || part.amount->value <= whole.amount->value) return;
        sink.error("partial-exceeds", part.pos, path_of(s, l) + "." + field,
                   trf(msgid, p.id.value, amount(part.amount->value), amount(whole.amount->value),
                       difference(part.amount->value, whole.amount->value)));
      };
      one(l.budget, p.budget, "budget",
          tr_noop("partial listing of `{}` states budget {}, more than the project's {} ({})"));
      one(l.previous, p.previous, "previous",
          tr_noop("partial listing of `{}` states previous {}, more than the project's {} ({})"));
    }
  }
}

}  // namespace yplan

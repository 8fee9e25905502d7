// relisting-mismatch: a listing states figures that differ from the project's
// own and is not marked `partial`.
#include "util.hpp"

namespace yplan {

namespace {
std::string shown(const AmountField& f) { return f.amount ? amount(f.amount->value) : std::string("none"); }
}  // namespace

void check_relisting_mismatch(const Plan& plan, Sink& sink) {
  for (const auto& s : plan.sections) {
    for (const auto& l : s.listings) {
      if (l.partial) continue;
      int pi = plan.find_project(l.project.value);
      if (pi < 0) continue;
      const Project& p = plan.projects[static_cast<size_t>(pi)];
      auto one = [&](const AmountField& stated, const AmountField& own, const char* field) {
        if (!stated.stated || stated.invalid || own.invalid) return;
        bool same = stated.amount.has_value() == own.amount.has_value() &&
                    (!stated.amount || stated.amount->value == own.amount->value);
        if (same) return;
        std::string diff;
        if (stated.amount && own.amount)
          diff = fmt::format(" (difference {})", difference(stated.amount->value, own.amount->value));
        sink.warning("relisting-mismatch", stated.pos, path_of(s, l) + "." + field,
                     fmt::format("listing of `{}` under section {} states {} {}, but the project's {} is {}{}; "
                                 "mark it `partial: true` if only part of it belongs here",
                                 p.id.value, s.id.value, field, shown(stated), field, shown(own), diff));
      };
      one(l.budget, p.budget, "budget");
      one(l.previous, p.previous, "previous");
    }
  }
}

}  // namespace yplan

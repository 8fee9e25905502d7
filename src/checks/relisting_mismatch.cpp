// relisting-mismatch: a listing states figures that differ from the project's
// own and is not marked `partial`.
//
// Fix (on request only: which side is right is a human decision): the
// listing takes the project's figure, becoming a mirror of it (`yplan fix
// --check relisting-mismatch --prefer project`).
#include "util.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {
std::string shown(const AmountField& f) { return f.amount ? amount(f.amount->value) : std::string("none"); }
const Listing* first_listing(const Section& s, const std::string& project) {
  for (const auto& l : s.listings)
    if (l.project.value == project) return &l;
  return nullptr;
}
}  // namespace

void check_relisting_mismatch(const Plan& plan, Sink& sink) {
  const bool offer = sink.fixes_offered("relisting-mismatch");
  for (size_t si = 0; si < plan.sections.size(); ++si) {
    const Section& s = plan.sections[si];
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
        sink.warning("relisting-mismatch", stated.pos, path_of(s) + ".projects." + l.project.value + "." + field,
                     fmt::format("listing of `{}` under section {} states {} {}, but the project's {} is {}{}; "
                                 "mark it `partial: true` if only part of it belongs here",
                                 p.id.value, s.id.value, field, shown(stated), field, shown(own), diff));
        // The path names the section's first listing of the project: offer a
        // fix only when that is this one, in the only section of that id.
        if (offer && plan.find_section(s.id.value) == static_cast<int>(si) && first_listing(s, l.project.value) == &l)
          sink.diagnostics().back().fixes.push_back(
              {path_of(s) + ".projects." + l.project.value + "." + field,
               own.amount ? std::to_string(own.amount->value) : std::string("null")});
      };
      one(l.budget, p.budget, "budget");
      one(l.previous, p.previous, "previous");
    }
  }
}

}  // namespace yplan

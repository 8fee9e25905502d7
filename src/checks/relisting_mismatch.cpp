// relisting-mismatch: a listing states figures that differ from the project's
// own and is not marked `partial`.
//
// Fix (on request only: which side is right is a human decision): the
// listing takes the project's figure, becoming a mirror of it (`yplan fix
// --check relisting-mismatch --prefer project`).
#include <string>
#include <vector>

#include "util.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {
// A stated null is no figure: "states budget null (no figure)", not "states budget none".
std::string shown(const AmountField& f) {
  return f.amount ? amount(f.amount->value) : std::string(tr("null (no figure)"));
}
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
      if (l.partial || l.partial_unknown) continue;
      int pi = plan.find_project(l.project.value);
      if (pi < 0) continue;
      const Project& p = plan.projects[static_cast<size_t>(pi)];
      // One finding per listing (one cause: the listing is not a mirror of the
      // project), at the first figure that differs, naming each that does.
      struct Differs {
        const AmountField* stated;
        const AmountField* own;
        const char* field;
      };
      std::vector<Differs> differs;
      for (const Differs& d : {Differs{&l.budget, &p.budget, "budget"}, Differs{&l.previous, &p.previous, "previous"}}) {
        if (!d.stated->stated || d.stated->invalid || d.own->invalid) continue;
        bool same = d.stated->amount.has_value() == d.own->amount.has_value() &&
                    (!d.stated->amount || d.stated->amount->value == d.own->amount->value);
        if (!same) differs.push_back(d);
      }
      if (differs.empty()) continue;
      auto diff_of = [](const Differs& d) {
        return d.stated->amount && d.own->amount
                   ? trf(" (difference {})", difference(d.stated->amount->value, d.own->amount->value))
                   : std::string();
      };
      const Differs& first = differs.front();
      const std::string base = path_of(s, l) + ".";
      std::string message;
      if (differs.size() == 1)
        message = trf(first.field == std::string("budget")
                          ? tr_noop("listing of `{}` under section {} states budget {}, but the project's budget is "
                                    "{}{}; mark it `partial: true` if only part of it belongs here")
                          : tr_noop("listing of `{}` under section {} states previous {}, but the project's previous "
                                    "is {}{}; mark it `partial: true` if only part of it belongs here"),
                      p.id.value, s.id.value, shown(*first.stated), shown(*first.own), diff_of(first));
      else
        message = trf(tr_noop("listing of `{}` under section {} states budget {} and previous {}, but the project's "
                              "budget is {}{} and its previous {}{}; mark it `partial: true` if only part of it "
                              "belongs here"),
                      p.id.value, s.id.value, shown(*differs[0].stated), shown(*differs[1].stated),
                      shown(*differs[0].own), diff_of(differs[0]), shown(*differs[1].own), diff_of(differs[1]));
      sink.warning("relisting-mismatch", first.stated->pos, base + first.field, message);
      // The path names the section's first listing of the project: offer a
      // fix only when that is this one, in the only section of that id.
      if (offer && plan.find_section(s.id.value) == static_cast<int>(si) && first_listing(s, l.project.value) == &l)
        for (const Differs& d : differs)
          sink.diagnostics().back().fixes.push_back(
              {base + d.field, d.own->amount ? std::to_string(d.own->amount->value) : std::string("null")});
    }
  }
}

}  // namespace yplan

// budget-total: a stated total differs from the sum of the listings under it,
// or plan.total differs from the sum of the projects (each counted once).
//
// A section's total covers the listings in its subtree. A project listed more
// than once in that subtree counts once (with its first listing's figures),
// so a total above several directions counts each project once, as a
// department total does (see section_sum in budget.hpp).
//
// Fix (certain): the stated figure gets the sum — but only when the sum is
// certain (BudgetSum::fixable: no unknown or overflowing figure, no listing of
// an undefined project, which may be a typo, no project without an id) and the
// path names this total alone. A finding without a fix says why.
#include "util.hpp"
#include "yplan/budget.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {

void compare(Sink& sink, const Total& total, const BudgetSum& sum, const std::string& path, const char* what,
             bool unambiguous) {
  // An unknown sum (a figure missing or unreadable, a listing of no defined
  // project) or one beyond 64 bits: value-format, schema or unknown-project
  // has said so (sum_overflow.cpp); nothing to compare, and nothing to fix.
  auto one = [&](const AmountField& stated, const Figure& sum_figure, const char* field, const char* msgid,
                 const char* null_msgid) {
    if (!stated.stated || stated.invalid || !sum_figure.known()) return;
    const int64_t computed = sum_figure.value;
    int64_t s = stated.value_or(0);  // a stated null means none: zero
    if (s == computed) return;
    // A stated null is no figure: say so, not "total budget none differs".
    if (stated.has())
      sink.error("budget-total", stated.pos, path + "." + field,
                 trf(msgid, amount(s), tr(what), amount(computed), difference(s, computed)));
    else
      sink.error("budget-total", stated.pos, path + "." + field,
                 trf(null_msgid, tr(what), amount(computed)));
    // Certain only when every figure of the sum is known and certain: else
    // the total is left to a human, and the help says why.
    Diagnostic& d = sink.diagnostics().back();
    if (auto fixed = sum.fixable(field[0] == 'b' ? 0 : 1); fixed && unambiguous) {
      d.fixes.push_back({path + "." + field, std::to_string(*fixed)});
      d.help = tr("fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a "
                 "project that only partly belongs here with `partial: true` and its part");
    } else if (!sum.certain && path == "plan.total") {
      d.help = tr("`yplan fix` leaves this total alone: a project without an id may repeat another, so the sum is "
                  "not certain; give it its id first, or correct the figure that is wrong");
    } else if (!sum.certain) {
      d.help = tr("`yplan fix` leaves this total alone: the sum counts a listing of an undefined project (perhaps a "
                  "typo), so it is not certain; correct the listing first, or the figure that is wrong");
    } else if (!fixed) {
      d.help = tr("`yplan fix` leaves this total alone: another figure of the same sum is unknown or beyond 64 bits "
                  "(see the other findings); correct that first, or the figure that is wrong");
    } else {
      d.help = tr("`yplan fix` leaves this total alone: the section id is not unique, so the path would not name this "
                  "total alone; correct the id first, or the figure that is wrong");
    }
  };
  one(total.budget, sum.budget, "budget", tr_noop("stated total budget {} differs from the sum of {}, {} (difference {})"),
      tr_noop("stated total budget is null (no figure) but the sum of {} is {}"));
  one(total.previous, sum.previous, "previous",
      tr_noop("stated total previous {} differs from the sum of {}, {} (difference {})"),
      tr_noop("stated total previous is null (no figure) but the sum of {} is {}"));
}

}  // namespace

void check_budget_total(const Plan& plan, Sink& sink) {
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& s = plan.sections[i];
    // A fix names the total by path: only when the id names this section alone.
    bool unambiguous = plan.find_section(s.id.value) == static_cast<int>(i);
    if (s.total)
      compare(sink, *s.total, section_sum(plan, static_cast<int>(i)), path_of(s) + ".total", tr_noop("the listings"),
              unambiguous);
  }
  if (plan.meta.total)
    compare(sink, *plan.meta.total, project_sum(plan), "plan.total", tr_noop("the projects (each counted once)"), true);
}

}  // namespace yplan

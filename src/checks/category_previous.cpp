// category-previous: `new` with a previous budget (error); a category other
// than `new` and no previous budget (warning).
#include "util.hpp"

namespace yplan {

void check_category_previous(const Plan& plan, Sink& sink) {
  for (const auto& p : plan.projects) {
    if (p.category == Category::none || p.previous.invalid) continue;
    // A previous budget of zero is no budget, as "(-)" is in print.
    const bool had_budget = p.previous.amount && p.previous.amount->value != 0;
    std::string path = path_of(p) + ".category";
    if (p.category == Category::new_ && had_budget) {
      sink.error("category-previous", p.category_pos, path,
                 trf("project `{}` is `new` but states a previous budget of {}", p.label(),
                             amount(p.previous.amount->value)));
    } else if (p.category != Category::new_ && !had_budget) {
      sink.warning("category-previous", p.category_pos, path,
                   trf("project `{}` is `{}` but has no previous budget; is it `new`?", p.label(),
                               category_name(p.category)));
    }
  }
}

}  // namespace yplan

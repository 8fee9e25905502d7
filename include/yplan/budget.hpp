// Budget arithmetic shared by the budget checks, the report and diff.
#pragma once

#include <cstdint>
#include <optional>

#include "yplan/model.hpp"

namespace yplan {

// A figure as yplan shows it (千円, or a count): a known value, `unknown`
// (a figure it counts is missing or could not be read: value-format or schema
// has said so), or `overflow` (a sum beyond 64 bits: value-format). Only a
// known figure is ever printed as a number (yplan-plan(5), "Figures").
struct Figure {
  enum class State { known, unknown, overflow };
  int64_t value = 0;  // valid when known
  State state = State::known;

  Figure() = default;
  Figure(int64_t v) : value(v) {}  // NOLINT: a known value
  static Figure unknown() { return make(State::unknown); }
  static Figure overflowed() { return make(State::overflow); }

  bool known() const { return state == State::known; }
  bool is_unknown() const { return state == State::unknown; }
  bool overflow() const { return state == State::overflow; }

  // Checked: unknown wins over overflow (a sum with an unknown part is
  // unknown whatever its size), a wrapped sum is overflow.
  Figure& operator+=(const Figure& o);
  friend Figure operator+(Figure a, const Figure& b) { return a += b; }
  friend Figure operator-(const Figure& a, const Figure& b);
  friend bool operator==(const Figure& a, const Figure& b) {
    return a.state == b.state && (a.state != State::known || a.value == b.value);
  }

 private:
  static Figure make(State s) {
    Figure f;
    f.state = s;
    return f;
  }
};

// The figure an amount field counts with: its value; 0 when absent or null
// (none); unknown when unreadable or when a required amount is missing.
Figure figure_of(const AmountField& f);

// A budget and a previous budget (千円).
struct Money {
  Figure budget;
  Figure previous;
};

// The figures a listing counts with (yplan-plan(5), budget-total): each its
// own where it states it (a figure under a misspelt key is stated and
// unknown), else its project's. A listing of an undefined project counts only
// what it states (0 for a figure it does not state) and is not `certain`: the
// id may be a typo. A listing whose project is unknown (Listing::project_unknown)
// counts unknown figures.
struct Figures {
  Figure budget;
  Figure previous;
  Pos budget_pos, previous_pos;  // the values counted (where a sum overflows)
  bool certain = true;
};
Figures listing_figures(const Plan& plan, const Listing& l);

// A sum of budgets and previous budgets, checked: an addend that takes a sum
// past 64 bits makes it `overflow` and is remembered (per field, so that
// value-format can point at each). An unknown addend makes it unknown.
//
// `certain` is false when an addend is a guess about what is meant (a listing
// of an undefined project, a project without an id that may repeat another):
// the sum is still compared, but never written. The only way to a figure that
// `yplan fix` or `set --recalc` may write is fixable(), which is empty unless
// every addend of both fields is known and certain.
struct BudgetSum {
  Figure budget;
  Figure previous;
  Pos budget_overflow_pos;    // the addend that first took `budget` past 64 bits (line 0: none)
  Pos previous_overflow_pos;  // the same for `previous`
  bool certain = true;

  bool overflow() const { return budget.overflow() || previous.overflow(); }
  bool unknown() const { return budget.is_unknown() || previous.is_unknown(); }
  Money money() const { return {budget, previous}; }
  void add(const Figure& b, const Figure& p, Pos bpos = {}, Pos ppos = {});
  void add(const Figures& f);
  // The field's value (field 0: budget, 1: previous) when a total may be
  // rewritten to it; nullopt when any addend is unknown, overflowing or uncertain.
  std::optional<int64_t> fixable(int field) const;
};

// What a section's stated `total` must equal: the listings in its subtree,
// each project counted once — with its first whole (non-partial) listing's
// figures, or, when every listing of it there is `partial`, the sum of those
// parts.
BudgetSum section_sum(const Plan& plan, int section);

// Every defined project once, with its own figures: the department total. A
// project without an id counts on its own and makes the sum not certain.
BudgetSum project_sum(const Plan& plan);

// Every listing, re-listings included, with the figures it counts.
BudgetSum listing_sum(const Plan& plan);

}  // namespace yplan

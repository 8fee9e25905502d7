// Budget arithmetic shared by the budget checks, the report and diff.
#pragma once

#include <cstdint>

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

// The figures a listing counts with: its own where it states them, else its
// project's. `known` is false when the project is not defined and the listing
// states nothing.
struct Figures {
  Figure budget;
  Figure previous;
  Pos budget_pos, previous_pos;  // the values counted (where a sum overflows)
  bool known = false;
};
Figures listing_figures(const Plan& plan, const Listing& l);

// A sum of budgets and previous budgets, checked: an addend that takes a sum
// past 64 bits makes it `overflow` and is remembered (overflow_pos), so that
// value-format can point at it.
struct BudgetSum {
  Figure budget;
  Figure previous;
  Pos overflow_pos;  // the addend that first overflowed (line 0: none)
  std::string overflow_field;  // "budget" or "previous"

  bool overflow() const { return budget.overflow() || previous.overflow(); }
  bool unknown() const { return budget.is_unknown() || previous.is_unknown(); }
  Money money() const { return {budget, previous}; }
  void add(const Figure& b, const Figure& p, Pos bpos = {}, Pos ppos = {});
  void add(const Figures& f);
};

// What a section's stated `total` must equal: the listings in its subtree,
// each project counted once — with its first whole (non-partial) listing's
// figures, or, when every listing of it there is `partial`, the sum of those
// parts.
BudgetSum section_sum(const Plan& plan, int section);

// Every defined project once, with its own figures: the department total.
BudgetSum project_sum(const Plan& plan);

// Every listing, re-listings included, with the figures it counts.
BudgetSum listing_sum(const Plan& plan);

}  // namespace yplan

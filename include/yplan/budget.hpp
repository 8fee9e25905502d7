// Budget arithmetic shared by the budget checks and the report.
#pragma once

#include <cstdint>

#include "yplan/model.hpp"

namespace yplan {

// The figures a listing counts with: its own where it states them, else its
// project's. `known` is false when the project is not defined and the listing
// states nothing; `invalid` when a figure it counts could not be read.
struct Figures {
  int64_t budget = 0;
  int64_t previous = 0;
  bool known = false;
  bool invalid = false;
};
Figures listing_figures(const Plan& plan, const Listing& l);

// A sum of budgets and previous budgets, with 64-bit overflow detection.
struct BudgetSum {
  int64_t budget = 0;
  int64_t previous = 0;
  bool overflow = false;
  bool invalid = false;  // a figure could not be read: the sum is unknown
  bool unknown = false;  // a listing names no defined project and states nothing: it counts zero

  void add(int64_t b, int64_t p);
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

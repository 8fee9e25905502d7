// The Differ that compares two plans for diff_plans (yplan/diff.hpp), shared
// by the files that compare each kind of entity. Internal to the library.
//
// Where each part is:
//   diff.cpp            the driver; what every kind compares with (text,
//                       amounts, lists of text); the plan's own fields; the
//                       department totals
//   diff/projects.cpp   projects and their listings in sections
//   diff/indicators.cpp KPIs and goals: baselines, targets, actuals
//   diff/sections.cpp   sections
//   diff/match.hpp  how the two sides' items pair up (ids, renames)
#pragma once

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diff/match.hpp"
#include "yplan/budget.hpp"
#include "yplan/diff.hpp"
#include "yplan/i18n.hpp"

namespace yplan::differ {

// An amount as a diff shows it (千円, grouped; "(unreadable)"; "" when none).
std::string show_amount(const AmountField& f);
// The amount as a number, for the difference and percent.
std::optional<double> amount_number(const AmountField& f);
// A year in the era style asked for (--era).
std::string year_label(const Year& y, EraStyle era);
std::optional<int> year_of(const std::optional<Year>& y);
std::vector<std::string> texts(const std::vector<Text>& v);

class Differ {
 public:
  Differ(const Plan& a, const Plan& b, const DiffOptions& o, DiffResult& r) : a_(a), b_(b), o_(o), r_(r) {}

  void run();

 private:
  // --- what every kind compares with (diff.cpp) ---
  Change& add(DiffGroup g, ChangeKind k, std::string thing, std::string id, size_t order);

  // A changed value: appended with the current context.
  Change& changed(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                  size_t order, std::string field, std::string path, std::string old_value,
                  std::string new_value);

  void text_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name, size_t order,
                  const std::string& field, const std::string& path, const std::string& a, const std::string& b);

  void amount_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                    size_t order, const std::string& field, const std::string& path, const AmountField& a,
                    const AmountField& b);

  // Lists of text (issues, responses, summaries): counted, or listed with --text.
  void text_list(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name, size_t order,
                 const std::string& field, const std::string& path, const std::vector<std::string>& a,
                 const std::vector<std::string>& b);

  void plan_meta();
  void totals();

  // --- projects (diff/projects.cpp) ---
  // Where each project is listed: section id → the listing.
  using Listings = std::unordered_map<std::string, std::vector<std::pair<std::string, const Listing*>>>;
  static Listings listings_of(const Plan& p);

  void projects();

  // Listings of a project that moved between sections, appeared, disappeared,
  // or changed the figures they state.
  void listings(const Project& p, const Project& q, const Listings& la, const Listings& lb, size_t order);

  // --- KPIs and goals (diff/indicators.cpp) ---
  std::string value_text(const Point& p);

  // Two year → value maps (targets, actuals), matched by year.
  void year_values(const Indicator& y, size_t order, const std::string& what,
                   const std::vector<Point>& a, const std::vector<Point>& b);

  // A goal's one target: its year and its value, each compared by value.
  void goal_target(const Indicator& y, size_t order, const std::optional<Point>& a, const std::optional<Point>& b);

  std::string baseline_text(const Indicator& i);

  void indicators();

  // --- sections (diff/sections.cpp) ---
  std::string parent_id(const Plan& p, const Section& s);

  void sections();

  const Plan& a_;
  const Plan& b_;
  const DiffOptions& o_;
  DiffResult& r_;
};

}  // namespace yplan::differ

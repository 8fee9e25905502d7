// A set of plans: the plans given to one run (files or directories), indexed
// by plan id, and the `follows` chain that makes yearly issues of one plan a
// series (yplan-plan(5), "plan" and "PLAN SETS").
//
// The cross-year checks compare a plan with the plan it follows (CheckInfo::
// pair in yplan/checks.hpp); the series report reads the chains. Every plan
// is loaded once, by the caller, and moved in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/model.hpp"

namespace yplan {

// What a run could not do, said once; not a finding (it counts as neither an
// error nor a warning): a `follows` naming a plan that is not in the set.
struct Note {
  std::string file;
  Pos pos;
  std::string path;     // contract path ("plan.follows")
  std::string message;  // in the current language
};

class PlanSet {
 public:
  // Adds a loaded plan; returns its index (plans keep the order they were added in).
  size_t add(Plan plan);

  // Links the plans once all are added: indexes them by id and resolves
  // each `follows`. Findings of the check `plan-follows` (error, at the
  // `follows` value, path plan.follows) go to sinks[i] for plan i (`sinks`
  // has one Sink per plan):
  //  - a cycle (a plan that follows itself, or a → b → a);
  //  - two or more plans following the same plan (each names the others);
  //  - a plan whose fiscal_year is not after the fiscal_year of the plan it follows.
  // A `follows` naming no plan of the set, or an id that several plans of
  // the set have, gets a note instead. Only a link none of these affect is
  // sound: previous() returns it, and the cross-year checks run on it.
  void link(std::vector<Sink>& sinks, std::vector<Note>& notes);

  size_t size() const { return plans_.size(); }
  const Plan& operator[](size_t i) const { return plans_[i]; }

  // The index of the plan with this id; -1 when none, or when several plans have it.
  int find(std::string_view id) const;

  // The index of the plan plans[i] follows, when the link is sound; -1 otherwise.
  int previous(size_t i) const { return previous_[i]; }

  // The series: every chain of sound links, first plan to last (which is
  // fiscal-year order), in the order their first plans were added. A plan
  // linked to nothing is a series of one; a plan whose link is not sound
  // starts a series of its own.
  std::vector<std::vector<size_t>> series() const;

 private:
  std::vector<Plan> plans_;
  std::unordered_map<std::string, int> index_;  // id → index; -2 when the id repeats
  std::vector<int> previous_;
};

}  // namespace yplan

// The fix property (issue 22), for the fuzz targets: on any input, `yplan
// fix` rewrites a total only when every figure its sum counts is known and
// certain, and then to that sum; and after fix, validate reports no
// budget-total finding at a path fix rewrote. The sums are recomputed here
// from the model, independently of budget.hpp (in 128 bits, by the rules of
// yplan-plan(5), budget-total). Aborts when the property fails.
#pragma once

#include <array>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "yplan/fix.hpp"
#include "yplan/loader.hpp"
#include "yplan/values.hpp"

namespace fix_property {

// A running sum, and whether every addend was known (and no step passed 64 bits).
struct Exact {
  bool certain = true;
  yplan::Int128 sum = 0;
  void add(const yplan::AmountField& f) {
    if (f.invalid) certain = false;
    sum += f.value_or(0);
    if (sum > INT64_MAX || sum < INT64_MIN) certain = false;
  }
};
using Pair = std::array<Exact, 2>;  // budget, previous

inline Pair plan_inputs(const yplan::Plan& p) {
  Pair e;
  if (p.projects_unknown) e[0].certain = e[1].certain = false;
  std::unordered_set<std::string> seen;
  for (const auto& pr : p.projects) {
    if (pr.id.value.empty()) e[0].certain = e[1].certain = false;  // may repeat another
    else if (!seen.insert(pr.id.value).second) continue;
    e[0].add(pr.budget);
    e[1].add(pr.previous);
  }
  return e;
}

inline Pair section_inputs(const yplan::Plan& p, size_t root) {
  Pair e;
  bool certain = true;
  std::vector<const yplan::Listing*> order;
  std::function<void(size_t)> walk = [&](size_t s) {
    const auto& sec = p.sections[s];
    if (sec.listings_unknown) certain = false;
    for (const auto& l : sec.listings) order.push_back(&l);
    for (int c : sec.children) walk(static_cast<size_t>(c));
  };
  walk(root);
  std::vector<std::string> ids;
  std::unordered_map<std::string, std::vector<const yplan::Listing*>> of;
  for (const auto* l : order) {
    if (l->project_unknown || l->partial_unknown || p.find_project(l->project.value) < 0) certain = false;
    if (l->project_unknown) continue;
    if (!of.count(l->project.value)) ids.push_back(l->project.value);
    of[l->project.value].push_back(l);
  }
  auto count = [&](const yplan::Listing& l) {
    const int pi = p.find_project(l.project.value);
    for (int f = 0; f < 2; ++f) {
      const yplan::AmountField& own = f == 0 ? l.budget : l.previous;
      if (own.stated || own.invalid || pi < 0) {
        e[static_cast<size_t>(f)].add(own);
      } else {
        const auto& pr = p.projects[static_cast<size_t>(pi)];
        e[static_cast<size_t>(f)].add(f == 0 ? pr.budget : pr.previous);
      }
    }
  };
  for (const auto& id : ids) {
    const yplan::Listing* whole = nullptr;
    for (const auto* l : of[id])
      if (!l->partial) {
        whole = l;
        break;
      }
    if (whole) count(*whole);
    else
      for (const auto* l : of[id]) count(*l);
  }
  if (!certain) e[0].certain = e[1].certain = false;
  return e;
}

// The owner of a total path ("plan" or a section's path) and the field (0, 1).
inline bool split(const std::string& path, std::string& owner, int& field) {
  for (int f = 0; f < 2; ++f) {
    const std::string tail = f == 0 ? ".total.budget" : ".total.previous";
    if (path.size() > tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0) {
      owner = path.substr(0, path.size() - tail.size());
      field = f;
      return true;
    }
  }
  return false;
}

inline const yplan::Total* total_at(const yplan::Plan& p, const std::string& owner, size_t* index) {
  if (owner == "plan") return p.meta.total ? &*p.meta.total : nullptr;
  for (size_t i = 0; i < p.sections.size(); ++i)
    if (yplan::path_of(p.sections[i]) == owner) {
      if (index) *index = i;
      return p.sections[i].total ? &*p.sections[i].total : nullptr;
    }
  return nullptr;
}

inline void check(const yplan::SourceFile& src, const yplan::Plan& plan) {
  yplan::PlanDocument doc;
  std::string err;
  if (!doc.open(src, err)) return;
  yplan::EditOutcome out;
  std::vector<yplan::PlanDocument::EditError> errors;
  if (!yplan::fix_plan(doc, {}, out, errors)) return;
  yplan::Plan after;
  bool loaded = false;
  for (const auto& c : out.changes) {
    if (c.follows || c.cause != "budget-total") continue;
    std::string owner;
    int field = 0;
    size_t index = 0;
    if (!split(c.path, owner, field) || !total_at(plan, owner, &index)) std::abort();  // a fix of no total
    const Pair e = owner == "plan" ? plan_inputs(plan) : section_inputs(plan, index);
    if (!e[0].certain || !e[1].certain) std::abort();  // fix wrote a total with an unknown or uncertain input
    if (!loaded) {
      yplan::Sink sink(out.result.path);
      yplan::SourceFile r = out.result;
      r.index_lines();
      loaded = yplan::load_plan(r, after, sink);
      if (!loaded) std::abort();  // fix broke the file
    }
    const yplan::Total* t = total_at(after, owner, nullptr);
    const yplan::AmountField& f = t ? (field == 0 ? t->budget : t->previous) : yplan::AmountField{};
    if (!t || !f.has() || f.amount->value != static_cast<int64_t>(e[static_cast<size_t>(field)].sum))
      std::abort();  // fix wrote something other than the sum
    for (const auto& d : out.after)
      if (d.check == "budget-total" && d.path == c.path) std::abort();  // fix claimed a repair it did not make
  }
}

}  // namespace fix_property

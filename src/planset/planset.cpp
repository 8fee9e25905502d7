// The plan set: plans by id, and the `follows` links checked once
// (see yplan/planset.hpp).
#include "yplan/planset.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "yplan/i18n.hpp"

namespace yplan {

size_t PlanSet::add(Plan plan) {
  plans_.push_back(std::move(plan));
  return plans_.size() - 1;
}

int PlanSet::find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() || it->second < 0 ? -1 : it->second;
}

namespace {
std::string quoted(const std::string& id) { return "`" + id + "`"; }
}  // namespace

void PlanSet::link(std::vector<Sink>& sinks, std::vector<Note>& notes) {
  const size_t n = plans_.size();
  index_.clear();
  previous_.assign(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const std::string& id = plans_[i].meta.id.value;
    if (id.empty()) continue;
    auto [it, fresh] = index_.emplace(id, static_cast<int>(i));
    if (!fresh) it->second = -2;
  }

  // The links as written, where they name one plan of the set.
  std::vector<int> to(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const auto& meta = plans_[i].meta;
    if (!meta.follows) continue;
    auto it = index_.find(meta.follows->value);
    if (it == index_.end())
      notes.push_back({plans_[i].file, meta.follows->pos, "plan.follows",
                       trf("plan `{}` follows `{}`, which is not among the plans given; the cross-year checks "
                           "skip this link",
                           meta.id.value, meta.follows->value)});
    else if (it->second < 0)
      notes.push_back({plans_[i].file, meta.follows->pos, "plan.follows",
                       trf("plan `{}` follows `{}`, an id that several of the plans given have; the cross-year "
                           "checks skip this link",
                           meta.id.value, meta.follows->value)});
    else
      to[i] = it->second;
  }

  std::vector<bool> bad(n, false);
  auto finding = [&](size_t i, std::string message) {
    sinks[i].error("plan-follows", plans_[i].meta.follows->pos, "plan.follows", std::move(message));
    bad[i] = true;
  };

  // Cycles: walk each chain once; a walk that meets itself has found one.
  std::vector<char> state(n, 0);  // 0 not seen, 1 on this walk, 2 done
  for (size_t start = 0; start < n; ++start) {
    std::vector<size_t> walk;
    int at = static_cast<int>(start);
    while (at >= 0 && state[at] == 0) {
      state[at] = 1;
      walk.push_back(static_cast<size_t>(at));
      at = to[at];
    }
    if (at >= 0 && state[at] == 1) {
      std::vector<size_t> cycle(std::find(walk.begin(), walk.end(), static_cast<size_t>(at)), walk.end());
      for (size_t k = 0; k < cycle.size(); ++k) {
        // Named from this plan round to itself: a → b → a.
        std::vector<std::string> ids;
        for (size_t m = 0; m <= cycle.size(); ++m)
          ids.push_back(quoted(plans_[cycle[(k + m) % cycle.size()]].meta.id.value));
        finding(cycle[k], cycle.size() == 1
                              ? trf("plan `{}` follows itself", plans_[cycle[k]].meta.id.value)
                              : trf("the plans follow each other in a cycle: {}", fmt::join(ids, " → ")));
      }
    }
    for (size_t w : walk) state[w] = 2;
  }

  // Two or more plans following one: a plan has one successor.
  std::vector<std::vector<size_t>> followers(n);
  for (size_t i = 0; i < n; ++i)
    if (to[i] >= 0 && static_cast<size_t>(to[i]) != i) followers[to[i]].push_back(i);
  for (size_t j = 0; j < n; ++j) {
    if (followers[j].size() < 2) continue;
    std::vector<std::string> ids;
    for (size_t i : followers[j]) ids.push_back(quoted(plans_[i].meta.id.value));
    for (size_t i : followers[j])
      if (!bad[i])
        finding(i, trf("plan `{}` is followed by more than one plan ({}); a plan is followed by one plan only",
                       plans_[j].meta.id.value, fmt::join(ids, ", ")));
  }

  // A series runs forward in fiscal years.
  for (size_t i = 0; i < n; ++i) {
    if (to[i] < 0 || bad[i]) continue;
    const auto& a = plans_[i].meta;
    const auto& b = plans_[to[i]].meta;
    if (a.fiscal_year && b.fiscal_year && a.fiscal_year->year <= b.fiscal_year->year)
      finding(i, trf("plan `{}` ({}) follows `{}` ({}), which is not an earlier fiscal year", a.id.value,
                     a.fiscal_year->written, b.id.value, b.fiscal_year->written));
  }

  for (size_t i = 0; i < n; ++i)
    if (!bad[i]) previous_[i] = to[i];
}

std::vector<std::vector<size_t>> PlanSet::series() const {
  const size_t n = plans_.size();
  std::vector<int> next(n, -1);
  for (size_t i = 0; i < n; ++i)
    if (previous_[i] >= 0) next[previous_[i]] = static_cast<int>(i);
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < n; ++i) {
    if (previous_[i] >= 0) continue;
    std::vector<size_t> chain;
    for (int at = static_cast<int>(i); at >= 0; at = next[at]) chain.push_back(static_cast<size_t>(at));
    out.push_back(std::move(chain));
  }
  return out;
}

}  // namespace yplan

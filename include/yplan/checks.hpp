// The named checks: one table, one small function each (src/checks/).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/model.hpp"

namespace yplan {

using CheckFn = void (*)(const Plan&, Sink&);
// A cross-year check: a plan and the plan it follows (`before`: the plan
// named by plan.follows, when that link is sound, yplan/planset.hpp).
// Findings go to the sink of `plan`.
using PairCheckFn = void (*)(const Plan& plan, const Plan& before, Sink&);

// Whether a check's findings carry fixes (Diagnostic::fixes), as ruff's rules
// say whether they can fix: `certain` fixes are applied by `yplan fix`
// without asking; `on_request` fixes are offered only when the caller asks
// the Sink for them (Sink::offer_fixes), because a person must choose the
// side (relisting-mismatch: `yplan fix --check relisting-mismatch --prefer
// project`). See yplan/fix.hpp.
enum class FixKind { none, certain, on_request };

struct CheckInfo {
  std::string_view name;      // as in `--skip NAME` and `error[NAME]`
  std::string_view severity;  // "error", "warning" or "error / warning"
  std::string_view summary;   // when it fires, one line (English msgid: print tr(summary.data()))
  CheckFn run;                // nullptr: reported while loading (parse, schema, ...) or linking (plan-follows)
  FixKind fix = FixKind::none;  // whether its findings can carry a fix
  PairCheckFn pair = nullptr;   // a cross-year check (then `run` is nullptr)
};

// Every check, in the order of the contract's table.
std::span<const CheckInfo> all_checks();
const CheckInfo* find_check(std::string_view name);

// How to fix a finding of `check`, one line in the current language (the
// hints of yplan-plan(5) CHECKS); "" for an unknown name.
std::string check_help(std::string_view check);

// Gives every finding that has no hint of its own its check's hint
// (validate and the language server show the same hints).
void fill_help(std::vector<Diagnostic>& diags);

// Runs every check that has a function over a loaded plan.
void run_checks(const Plan& plan, Sink& sink);

// Runs every cross-year check over a plan and the plan it follows.
void run_pair_checks(const Plan& plan, const Plan& before, Sink& sink);

}  // namespace yplan

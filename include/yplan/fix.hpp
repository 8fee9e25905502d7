// Fixes and recalculation: values that follow from others, rewritten byte
// for byte. The second half of ruff's model (see house.md): a check may
// attach certain fixes to its findings (Diagnostic::fixes, a contract path
// and a new value; the check table's `fix` column says which checks can), and
// everything here applies them with the byte-exact editor
// (PlanDocument::apply), so a rewritten value keeps its notation
// (format_amount_like: "200,753", full-width digits, △; quoted or plain; flow
// or block) and every other byte stays. Recalculation (`set --recalc`) is the
// same machinery driven by an edit instead of by a finding.
//
// `yplan fix`, `yplan set` and the language server's code actions all come
// through here. Amounts are integers in the plan's unit (千円 by default).
// Rules: plan-format "Checks" (budget-total, relisting-mismatch) and
// yplan-fix(1), yplan-set(1).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/edit.hpp"
#include "yplan/model.hpp"
#include "yplan/source.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan {

using Assignment = PlanDocument::Assignment;
using EditError = PlanDocument::EditError;

// One value rewritten by a fix or by recalculation (the lines `yplan fix`
// and `set --recalc` print; describe() words one).
struct Rewrite {
  std::string path;     // contract path of the value ("section.1.1.2.total.budget")
  std::string before;   // the old figure for people ("200,753"; "none" for null)
  std::string after;    // the new figure, likewise
  std::string cause;    // recalculation: what it follows ("project.iju-teiju.budget",
                        // "project.a.budget and 2 more"); a fix: the check's name
  bool follows = false; // true: recalculation; false: a finding's fix
  Pos pos;              // of the old value, in the file before the edit
};

// "section.1.1.2.total.budget 200,753 → 210,000 (follows project.iju-teiju.budget)",
// "plan.total.budget 3,273,000 → 3,273,545 (budget-total)"; in the current language.
std::string describe(const Rewrite& c);

// A stated total that was already wrong before an edit changed its sum: it
// is left as it was (recalculation never silently fixes it), and the edit
// brings a budget-total finding for it.
struct WrongTotal {
  std::string path;   // "section.4.3.1.total.budget", "plan.total.previous"
  std::string owner;  // the section's id ("4.3.1"); "" for plan.total
  bool fixable = true;  // `yplan fix` would rewrite it (false: a listing names an undefined project)
};
// "the total of 4.3.1 was already wrong; `yplan fix` rewrites it" (current language;
// without the second half when fix would not).
std::string describe(const WrongTotal& w);

// A plan loaded from a tree already parsed, with every finding (what
// validate_source gives, without --skip or --strict). `offer` names checks
// whose on-request fixes should be attached (Sink::offer_fixes).
struct Checked {
  Plan plan;
  std::vector<Diagnostic> diagnostics;  // in the order found (as validate_source gives them)
  bool loaded = false;                  // false: not a plan at all (the findings say why)
};
Checked check_document(const SourceFile& src, const yaml::Document& tree, const std::vector<std::string>& offer = {});

// The findings of `after` that `before` does not have (compared by check,
// path and message; positions move when keys are inserted).
std::vector<Diagnostic> new_findings(const std::vector<Diagnostic>& before, const std::vector<Diagnostic>& after);

// Fixes as assignments for PlanDocument::apply. Each fix must name a value
// that exists (a scalar or null: a fix never adds a key); an integer value
// is written like the old one. On a fix that cannot be applied, an error
// (origin "fix NAME") and no assignment. `changes` (optional) gets one
// Rewrite per assignment, with `cause` = `cause`.
std::vector<Assignment> fix_assignments(const PlanDocument& doc, const std::vector<Fix>& fixes,
                                        const std::string& cause, std::vector<EditError>& errors,
                                        std::vector<Rewrite>* changes = nullptr);

// The same fixes as byte edits of doc.source().text, for an editor (a
// language server's code action: convert offsets to its positions). Sorted
// by offset, never overlapping. False (with errors) when a fix cannot apply.
struct TextEdit {
  size_t begin = 0, end = 0;  // the bytes [begin, end) of the old text
  std::string text;           // what replaces them
};
bool fix_text_edits(const PlanDocument& doc, const std::vector<Fix>& fixes, std::vector<TextEdit>& out,
                    std::vector<EditError>& errors);

// What follows from an edit: `before` is the plan of `doc`, `after` the plan
// once `edits` are applied. Derived values (each formatted like its old
// value), in document order:
//  - a listing that states a figure equal to its project's old one and is
//    not `partial` is a mirror: it takes the project's new figure (budget and
//    previous each); a listing that stated something else is left alone;
//  - every stated total whose sum changes gets the new sum (section totals,
//    each project counted once in a subtree, and plan.total), unless it was
//    already wrong (then it is listed in `already_wrong` and left) or the
//    sum is not certain (an unreadable or overflowing figure).
// A value the edits assign themselves is never derived.
struct Recalculation {
  std::vector<Assignment> derived;
  std::vector<Rewrite> changes;  // one per derived value, same order
  std::vector<WrongTotal> already_wrong;
};
Recalculation recalculate(const PlanDocument& doc, const Plan& before, Plan after,
                          const std::vector<Assignment>& edits);

// An edit of a plan file, with the findings before and after it so a caller
// can refuse one that brings new errors.
struct EditOutcome {
  SourceFile result;                      // the edited file (path as doc's)
  std::vector<Rewrite> changes;           // fixes applied and values that followed, in document order
  std::vector<WrongTotal> already_wrong;  // recalculation left these totals (see recalculate)
  std::vector<Diagnostic> before, after;  // every finding of the file before and after
  std::vector<PlanDocument::Splice> splices;  // the replacements made, in text order (PlanDocument::old_offset)
};

// `yplan set`: the assignments, then (with `recalc`) what follows from them.
// All or nothing: false with every error when an assignment cannot apply.
bool edit_plan(const PlanDocument& doc, const std::vector<Assignment>& edits, bool recalc, EditOutcome& out,
               std::vector<EditError>& errors);

// `yplan fix`: which fixes to apply.
struct FixOptions {
  std::vector<std::string> checks;  // only these checks' fixes; empty: every check whose fixes are certain
  bool prefer_project = false;      // relisting-mismatch (named in `checks`): listings take the project's figures
  // Findings of this file that come from the other plans given (the
  // cross-year checks, check_across_years in yplan/validate.hpp); their
  // certain fixes (previous-budget) are applied with the on-request ones, as
  // an edit that totals follow.
  std::vector<Diagnostic> across;
};

// Applies the fixes of `doc`'s findings that `opts` selects. On-request
// fixes (relisting-mismatch) and those of `opts.across` (previous-budget) go
// first, as an edit with recalculation (so totals that were right follow
// them); then the certain ones (budget-total) on the result. `out.result` equals the input when nothing is fixed.
bool fix_plan(const PlanDocument& doc, const FixOptions& opts, EditOutcome& out, std::vector<EditError>& errors);

}  // namespace yplan

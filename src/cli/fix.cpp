// yplan fix: apply the fixes that are certain, in place, byte for byte (as
// `ruff check --fix` does), then print the findings that remain.
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/checks.hpp"
#include "yplan/fix.hpp"
#include "yplan/i18n.hpp"
#include "yplan/render.hpp"
#include "yplan/validate.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::vector<std::string> paths;
  std::vector<std::string> checks;
  std::string prefer;
  bool dry_run = false;
  bool strict = false;
  bool quiet = false;
  std::string color = "auto";
};

// The checks that can fix, for messages: "budget-total, relisting-mismatch (with --prefer project)".
std::string fixing_checks() {
  std::string out;
  for (const auto& c : all_checks()) {
    if (c.fix == FixKind::none) continue;
    if (!out.empty()) out += ", ";
    out += std::string(c.name);
    if (c.fix == FixKind::on_request) out += tr(" (with --prefer project)");
  }
  return out;
}

// The options make sense together; else a usage error (false).
bool check_options(const Options& o) {
  bool asks = false;
  for (const auto& name : o.checks) {
    const CheckInfo* c = find_check(name);
    if (!c) continue;  // the option's validator has said so
    if (c->fix == FixKind::none) {
      usage_error("fix", trf("`{}` offers no fix; give --check one of: {}", name, fixing_checks()));
      return false;
    }
    if (c->fix == FixKind::on_request) {
      asks = true;
      if (o.prefer.empty()) {
        usage_error("fix", trf("which side of a `{}` is right is a human decision; add `--prefer project` to make "
                               "each listing take its project's figures",
                               name));
        return false;
      }
    }
  }
  if (!o.prefer.empty() && !asks) {
    usage_error("fix", tr("--prefer applies to --check relisting-mismatch only; add that, or drop --prefer"));
    return false;
  }
  return true;
}

int run(const Options& o) {
  if (o.paths.empty()) {
    usage_error("fix", tr("no plan given; name plan files or directories to fix (or - for standard input)"));
    return kExitTrouble;
  }
  if (!check_options(o)) return kExitTrouble;
  FixOptions fo;
  fo.checks = o.checks;
  fo.prefer_project = o.prefer == "project";

  Validation remaining;
  std::vector<std::string> files;
  expand_inputs(o.paths, files, remaining.input_errors);
  bool trouble = false;
  for (const auto& e : remaining.input_errors) cannot_read(e.path, e.message);
  // Standard output carries a diff or a fixed standard input: findings go to standard error then.
  const bool stdout_busy = o.dry_run || std::find(files.begin(), files.end(), "-") != files.end();
  std::ostream& findings = stdout_busy ? std::cerr : std::cout;

  // Every file read first, once: the cross-year checks compare each plan with the plan it follows.
  std::vector<SourceFile> sources(files.size());
  std::vector<bool> read(files.size(), false);
  std::vector<const SourceFile*> given(files.size(), nullptr);
  for (size_t i = 0; i < files.size(); ++i) {
    read[i] = read_input(files[i], sources[i]);
    if (read[i]) given[i] = &sources[i];
    else trouble = true;
  }
  std::vector<Note> notes;
  auto across = check_across_years(given, notes);

  for (size_t i = 0; i < files.size(); ++i) {
    if (!read[i]) continue;
    const std::string& file = files[i];
    const SourceFile& src = sources[i];
    remaining.files.push_back(file);
    fo.across = across[i];
    // The cross-year findings that no fix of this run removes stay with the file.
    std::vector<Diagnostic> across_left;
    for (const auto& d : across[i]) {
      const CheckInfo* c = find_check(d.check);
      bool fixed = !d.fixes.empty() && c && c->fix == FixKind::certain &&
                   (o.checks.empty() || std::find(o.checks.begin(), o.checks.end(), d.check) != o.checks.end());
      if (!fixed) across_left.push_back(d);
    }
    auto keep = [&](const std::vector<Diagnostic>& d) {
      remaining.diagnostics.insert(remaining.diagnostics.end(), d.begin(), d.end());
    };
    PlanDocument doc;
    std::string err;
    if (!doc.open(src, err)) {  // not YAML: nothing to fix; the finding says why
      auto d = validate_source(src, {});
      keep(d);
      if (file == "-") std::cout << src.text;
      continue;
    }
    EditOutcome out;
    std::vector<EditError> errors;
    if (!fix_plan(doc, fo, out, errors)) {
      for (const auto& e : errors) error_line(fmt::format("{}: {}: {}", file, e.origin, e.message));
      error_line(trf("fix: nothing written; '{}' is unchanged", file));
      keep(out.before);
      keep(across[i]);
      trouble = true;
      continue;
    }
    // Never write a fix that brings an error the file did not have.
    auto added = new_findings(out.before, out.after);
    std::erase_if(added, [](const Diagnostic& d) { return d.severity != Severity::error; });
    if (!added.empty()) {
      for (const auto& d : added)
        std::cerr << fmt::format("{}:{}:{}: {}[{}]: {}\n", d.file, d.pos.line, d.pos.col, severity_name(d.severity),
                                 d.check, d.message);
      error_line(trf("fix: refused: the fixes would bring {} new {}; '{}' is unchanged", added.size(),
                     ntr("error", "errors", added.size()), file));
      keep(out.before);
      keep(across[i]);
      if (file == "-") std::cout << src.text;
      continue;
    }
    const std::string& fixed = out.result.text;
    if (o.dry_run) {
      auto diff = unified_diff(file, src.text, fixed, err);
      if (!diff) {
        error_line(trf("fix: --dry-run: {}", err));
        return kExitTrouble;
      }
      std::cout << *diff;
      keep(out.after);
      keep(across_left);
      continue;
    }
    if (file == "-") {
      std::cout << fixed;
    } else if (fixed != src.text) {
      WriteResult w = write_file_atomic(file, fixed, &src.text, err);
      if (w != WriteResult::written) {
        error_line(trf("fix: {}", err));
        keep(out.before);
        keep(across[i]);
        trouble = true;
        continue;
      }
    }
    if (!o.quiet)
      for (const auto& c : out.changes) std::cerr << fmt::format("{}: {}\n", file, describe(c));
    keep(out.after);
    keep(across_left);
  }
  remaining.notes = std::move(notes);

  if (o.strict)
    for (auto& d : remaining.diagnostics) d.severity = Severity::error;
  sort_diagnostics(remaining.diagnostics);
  render_text(findings, remaining, use_color(o.color), o.quiet);
  if (trouble || !remaining.input_errors.empty()) return kExitTrouble;
  return remaining.errors() > 0 ? kExitFindings : kExitClean;
}

}  // namespace

CLI::App* add_fix(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("fix", tr("Apply the fixes that are certain (totals to their sums), in place, "
                                            "keeping every other byte"));
  sub->footer(tr("A stated total that differs from the sum of its listings gets the sum, written in the old value's\n"
                 "notation; plan.total likewise. Nothing is guessed: a total over an unreadable or overflowing\n"
                 "figure, or a listing of an undefined project, is left and reported. Writes are atomic; a fix that\n"
                 "would bring a new error is refused. Then the findings that remain are printed.\n"
                 "Exit status: 0 none remain (warnings allowed unless --strict), 1 some remain, 2 usage or I/O\n"
                 "error (a file that changed on disk meanwhile is left alone). See yplan-fix(1)."));
  sub->add_option("paths", o->paths, tr("Plan files, directories (searched for *.yaml, *.yml), or - (standard "
                                        "input, fixed to standard output)"));
  sub->add_option("--check", o->checks, tr("Apply only this check's fixes (repeatable)"))
      ->check(check_name_validator())
      ->delimiter(',')
      ->allow_extra_args(false);
  sub->add_option("--prefer", o->prefer,
                  tr("With --check relisting-mismatch: `project` makes each mismatching listing take its "
                     "project's figures (totals that were right follow)"))
      ->check(CLI::IsMember({"project"}));
  sub->add_flag("-n,--dry-run", o->dry_run, tr("Print a unified diff of the fixes; write nothing"));
  sub->add_flag("--strict", o->strict, tr("Treat remaining warnings as errors"));
  sub->add_flag("-q,--quiet", o->quiet, tr("Do not list the values fixed; print only the summary line"));
  add_color_option(*sub, o->color);
  sub->callback([o, &rc] { rc = run(*o); });
  return sub;
}

}  // namespace yplan::cli

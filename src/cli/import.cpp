// yplan import: the edits staff made in an exported workbook, applied to the
// plan through the byte-exact editor (yplan-import(1)).
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/atomic_write.hpp"
#include "yplan/fix.hpp"
#include "yplan/i18n.hpp"
#include "yplan/import.hpp"
#include "yplan/validate.hpp"
#include "yplan/workbook.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::string book;
  std::string into;
  bool recalc = false;
  bool dry_run = false;
  std::string prefer;
  std::string lang;
  bool quiet = false;
};

// Can `set --from` carry this value on one line as it is? (It trims the
// value, and a # after a space starts a comment.)
bool batch_safe(const std::string& v) {
  if (v.find_first_of("\r\n") != std::string::npos) return false;
  if (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t')) return false;
  return v.find(" #") == std::string::npos && v.find("\t#") == std::string::npos;
}

int run(const Options& o) {
  if (o.book.empty()) {
    usage_error("import", tr("no workbook given; name the .xlsx file that yplan export wrote"));
    return kExitTrouble;
  }
  workbook::Book book;
  workbook::Source source;
  std::string err;
  if (!workbook::read_book(o.book, book, err)) {
    error_line(err);
    return kExitTrouble;
  }
  if (!workbook::read_source(book, source, err)) {
    error_line(fmt::format("{}: {}", o.book, err));
    return kExitTrouble;
  }
  const std::string plan_path = !o.into.empty() ? o.into : source.plan;
  if (plan_path.empty() || plan_path == "-") {
    usage_error("import", trf("the workbook was exported from standard input; name the plan with {}", "--into"));
    return kExitTrouble;
  }
  SourceFile src;
  if (!read_input(plan_path, src)) return kExitTrouble;
  const std::string original = src.text;
  PlanDocument doc;
  if (!doc.open(src, err)) {
    error_line(err);
    return kExitTrouble;
  }
  const std::string untouched = trf("'{}' is unchanged", plan_path);
  std::vector<workbook::Change> changes;
  std::vector<workbook::Problem> problems;
  workbook::compare(book, source, changes, problems);
  if (!problems.empty()) {
    for (const auto& p : problems) error_line(fmt::format("{}: {}: {}", o.book, p.cell, p.message));
    error_line(trf("import: nothing written; {}", untouched));
    return kExitFindings;
  }
  const bool stale = workbook::sha256_hex(src.text) != source.sha256;
  if (stale && !o.quiet)
    error_line(trf("import: '{}' changed since the export; a cell changed on both sides is a conflict", plan_path));
  Prefer prefer = o.prefer == "workbook" ? Prefer::workbook : o.prefer == "file" ? Prefer::file : Prefer::none;
  std::vector<PlanDocument::Assignment> edits;
  std::vector<ImportConflict> conflicts;
  import_changes(doc, changes, prefer, edits, conflicts);
  if (!conflicts.empty()) {
    auto shown = [](const std::string& v) { return v.empty() ? std::string(tr("(empty)")) : v; };
    for (const auto& c : conflicts)
      error_line(trf("{}: {}: conflict at {}: exported {}, the workbook has {}, the file has {}", o.book, c.cell,
                     c.path, shown(c.exported), shown(c.workbook), shown(c.file)));
    error_line(trf("import: nothing written; {} (--prefer workbook or --prefer file says which side wins)",
                   untouched));
    return kExitFindings;
  }
  if (edits.empty()) {
    if (!o.quiet) error_line(trf("import: no change; {}", untouched));
    return kExitClean;
  }
  EditOutcome outcome;
  std::vector<PlanDocument::EditError> errors;
  if (!edit_plan(doc, edits, o.recalc, outcome, errors)) {
    for (const auto& e : errors) error_line(fmt::format("{}: {}: {}", o.book, e.origin, e.message));
    error_line(trf("import: nothing written; {}", untouched));
    return kExitFindings;
  }
  // Refuse an import that brings an error the file did not have.
  auto added = new_findings(outcome.before, outcome.after);
  size_t added_errors = static_cast<size_t>(
      std::count_if(added.begin(), added.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  for (auto& d : added) {
    if (d.pos.known()) d.pos = src.pos_at_offset(PlanDocument::old_offset(outcome.splices, d.pos.offset));
    d.file = plan_path;
  }
  sort_diagnostics(added);
  if (!o.quiet || added_errors)
    for (const auto& d : added)
      std::cerr << fmt::format("{}:{}:{}: {}[{}]: {}\n", d.file, d.pos.line, d.pos.col, severity_name(d.severity),
                               d.check, d.message);
  if (added_errors) {
    error_line(trf("import: refused: the edit would bring {}; {}",
                   fmt::format(fmt::runtime(ntr("{} new error", "{} new errors", added_errors)), added_errors),
                   untouched));
    return kExitFindings;
  }
  if (o.dry_run) {
    // The changes as a batch for `yplan set --from` (the values that followed
    // with --recalc as well).
    for (const auto& a : edits) {
      if (batch_safe(a.value))
        std::cout << fmt::format("{}={}  # {}\n", a.path, a.value, a.origin);
      else
        std::cout << fmt::format("# {}: {}: {}\n", a.origin, a.path,
                                 tr("a value with a line break or spaces at its ends; import writes it, a batch "
                                    "line cannot hold it"));
    }
    for (const auto& c : outcome.changes) std::cout << "# " << describe(c) << '\n';
    return kExitClean;
  }
  const std::string& updated = outcome.result.text;
  if (updated == original) return kExitClean;
  WriteResult w = write_file_atomic(plan_path, updated, &original, err);
  if (w != WriteResult::written) {
    error_line("import: " + err);
    return w == WriteResult::changed ? kExitFindings : kExitTrouble;
  }
  if (!o.quiet) {
    for (const auto& c : outcome.changes) std::cerr << describe(c) << '\n';
    error_line(fmt::format(fmt::runtime(ntr("import: {} value written to '{}'", "import: {} values written to '{}'",
                                            edits.size())),
                           edits.size(), plan_path));
  }
  return kExitClean;
}

}  // namespace

CLI::App* add_import(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("import", tr("Apply the edits made in an exported workbook to the plan, byte for byte"));
  sub->footer(tr("Each open cell is compared with the value exported; the cells that differ become assignments,\n"
                 "applied as yplan set applies them: all or nothing, validated, written atomically.\n"
                 "Exit status: 0 written (or no change), 1 refused (an unreadable cell, a conflict, new errors),\n"
                 "2 usage or I/O error. See yplan-import(1)."));
  sub->add_option("workbook", o->book, tr("The workbook (.xlsx) that yplan export wrote"));
  sub->add_option("--into", o->into, tr("The plan to update (default: the plan the workbook was exported from)"));
  sub->add_flag("--recalc", o->recalc, tr("Let listings and stated totals follow the new figures (as set --recalc)"));
  sub->add_flag("-n,--dry-run", o->dry_run, tr("Print the changes as a batch for yplan set --from; write nothing"));
  sub->add_option("--prefer", o->prefer,
                  tr("Which side wins a cell changed both in the workbook and in the file since the export"))
      ->check(CLI::IsMember({"workbook", "file"}));
  add_lang_option(*sub, o->lang);
  add_quiet_flag(*sub, o->quiet, tr("Say nothing when all goes well (refusals are still said)"));
  sub->callback([o, &rc] { rc = run(*o); });
  return sub;
}

}  // namespace yplan::cli

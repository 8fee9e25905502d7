// yplan set: scripted batch updates that change only the values assigned.
#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <tuple>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/edit.hpp"
#include "yplan/fix.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"
#include "yplan/validate.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::string file;
  std::vector<std::string> assignments;
  std::string from;
  std::string output;
  bool force = false;
  bool dry_run = false;
  std::string lang;
  bool recalc = false;
  bool quiet = false;
  std::string color = "auto";
};

// A unified diff with git's colours: removed lines red, added green, hunks cyan.
std::string colour_diff(const std::string& diff) {
  std::string out;
  size_t start = 0;
  while (start < diff.size()) {
    size_t nl = diff.find('\n', start);
    std::string line = diff.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? diff.size() : nl + 1;
    const char* c = line.rfind("+++", 0) == 0 || line.rfind("---", 0) == 0 ? "\033[1m"
                    : line.rfind("@@", 0) == 0                              ? "\033[36m"
                    : line.rfind("+", 0) == 0                               ? "\033[32m"
                    : line.rfind("-", 0) == 0                               ? "\033[31m"
                                                                            : nullptr;
    out += c ? c + line + "\033[0m" : line;
    if (nl != std::string::npos) out += '\n';
  }
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// PATH=VALUE. The path is trimmed; in a --from file the value is trimmed too
// and a # after white space starts a comment.
bool parse_assignment(const std::string& text, const std::string& origin, bool from_file,
                      PlanDocument::Assignment& a) {
  auto eq = text.find('=');
  if (eq == std::string::npos) return false;
  a.path = trim(text.substr(0, eq));
  a.value = text.substr(eq + 1);
  if (from_file) {
    for (size_t i = 0; i < a.value.size(); ++i)
      if (a.value[i] == '#' && i > 0 && (a.value[i - 1] == ' ' || a.value[i - 1] == '\t')) {
        a.value.resize(i);
        break;
      }
    a.value = trim(a.value);
  }
  a.origin = origin;
  return !a.path.empty();
}

// One line per value that followed (--recalc), on standard error.
void report_changes(const EditOutcome& outcome, bool quiet) {
  if (quiet) return;
  for (const auto& c : outcome.changes) std::cerr << describe(c) << '\n';
}

// The encoding of a batch file that is not UTF-8 ("UTF-16", ...), by its
// byte-order mark or its bytes; nullopt for UTF-8 (with or without a BOM).
std::optional<std::string> foreign_encoding(const std::string& t) {
  auto at = [&](size_t i) { return i < t.size() ? static_cast<unsigned char>(t[i]) : 0x100u; };
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return "UTF-32";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32";
  if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF)) return "UTF-16";
  // UTF-16 without a mark: ASCII text with a NUL byte beside every character.
  if (t.size() >= 2 && (at(0) == 0 || at(1) == 0)) return "UTF-16";
  if (!valid_utf8(t)) return std::string(tr("not UTF-8 (Shift_JIS, or another legacy encoding?)"));
  return std::nullopt;
}

int run(const Options& o) {
  if (o.file.empty()) {
    usage_error("set", tr("no plan given; name the plan file (or - for standard input), then PATH=VALUE "
                          "assignments or --from FILE"));
    return kExitTrouble;
  }
  // --dry-run writes nothing: -o FILE would be silently ignored. (A plan
  // read from standard input has -o - set for it: that one is no choice.)
  if (o.dry_run && !o.output.empty() && !(o.file == "-" && o.output == "-")) {
    usage_error("set", trf("{} has no effect with {}; drop one of them", "-o", "--dry-run"));
    return kExitTrouble;
  }
  if (o.file == "-" && o.from == "-") {
    usage_error("set", tr("the plan and --from are both - (standard input); name a file for one of them"));
    return kExitTrouble;
  }
  std::vector<PlanDocument::Assignment> edits;
  for (size_t i = 0; i < o.assignments.size(); ++i) {
    PlanDocument::Assignment a;
    if (!parse_assignment(o.assignments[i], fmt::format("`{}`", o.assignments[i]), false, a)) {
      usage_error("set", trf("`{}` is not PATH=VALUE; write the path, =, and the value (project.ID.budget=1000)",
                             o.assignments[i]));
      return kExitTrouble;
    }
    edits.push_back(std::move(a));
  }
  if (!o.from.empty()) {
    SourceFile batch;
    if (!read_input(o.from, batch)) return kExitTrouble;
    const std::string from_name = o.from == "-" ? "<stdin>" : o.from;
    if (auto enc = foreign_encoding(batch.text)) {
      error_line(trf("{}: the file is {}; save it as UTF-8", from_name, *enc));
      return kExitTrouble;
    }
    // A byte-order mark (Windows editors write one) is not part of the first line.
    size_t line_no = 0, start = batch.bom_length();
    const std::string& t = batch.text;
    // Lines end with LF, CR LF, or a CR alone (old Mac OS), which would
    // otherwise make the whole file one line.
    while (start < t.size()) {
      size_t nl = t.find_first_of("\r\n", start);
      std::string line = t.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      start = nl == std::string::npos ? t.size() : nl + (t.compare(nl, 2, "\r\n") == 0 ? 2 : 1);
      ++line_no;
      size_t first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line[first] == '#') continue;
      PlanDocument::Assignment a;
      std::string origin = fmt::format("{}:{}", from_name, line_no);
      if (!parse_assignment(line.substr(first), origin, true, a)) {
        usage_error("set", trf("{}: `{}` is not PATH=VALUE; write the path, =, and the value "
                               "(project.ID.budget=1000)",
                               origin, line));
        return kExitTrouble;
      }
      edits.push_back(std::move(a));
    }
  }
  if (edits.empty()) {
    usage_error("set", tr("nothing to set; give PATH=VALUE arguments or --from FILE"));
    return kExitTrouble;
  }
  SourceFile src;
  std::string err;
  if (!read_input(o.file, src)) return kExitTrouble;
  const std::string original = src.text;
  PlanDocument doc;
  if (!doc.open(src, err)) {
    error_line(err);
    return kExitTrouble;
  }
  // What a refusal says was not written: the plan itself, or the -o file.
  const std::string untouched = o.output.empty() || o.output == "-"
                                    ? trf("'{}' is unchanged", o.file)
                                    : trf("nothing was written to '{}'", o.output);
  EditOutcome outcome;
  std::vector<PlanDocument::EditError> errors;
  if (!edit_plan(doc, edits, o.recalc, outcome, errors)) {
    for (const auto& e : errors) error_line(fmt::format("{}: {}", e.origin, e.message));
    error_line(trf("set: nothing written; {}", untouched));
    return kExitFindings;
  }
  const std::string& updated = outcome.result.text;

  // Refuse an edit that brings an error the file did not have.
  auto added = new_findings(outcome.before, outcome.after);
  size_t added_errors = static_cast<size_t>(
      std::count_if(added.begin(), added.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
  // Each finding names the file as it will be on disk, at its line there:
  // the file written (the plan, or -o's file) when the edit is written; the
  // plan as it is, when nothing is written (a refusal, --dry-run): then
  // positions map back through the edits, so inserted lines shift nothing.
  const bool writes = (!added_errors || o.force) && !o.dry_run;
  const std::string& written = !o.output.empty() ? o.output : o.file;
  for (auto& d : added) {
    if (writes && written != "-") {
      d.file = written;
    } else {
      if (d.pos.known()) d.pos = src.pos_at_offset(PlanDocument::old_offset(outcome.splices, d.pos.offset));
      if (d.end.known()) d.end = src.pos_at_offset(PlanDocument::old_offset(outcome.splices, d.end.offset));
    }
  }
  sort_diagnostics(added);  // in validate's order
  for (const auto& d : o.quiet ? std::vector<Diagnostic>{} : added)
    std::cerr << fmt::format("{}:{}:{}: {}[{}]: {}\n", d.file, d.pos.line, d.pos.col, severity_name(d.severity), d.check,
                             d.message);
  // A total recalculation left because it was wrong before: say why it is new.
  for (const auto& w : outcome.already_wrong)
    if (std::any_of(added.begin(), added.end(), [&](const Diagnostic& d) { return d.path == w.path; }))
      error_line("set: " + describe(w));
  if (added_errors && !o.force) {
    error_line(trf("set: refused: the edit would bring {} (--force writes anyway); {}",
                   fmt::format(fmt::runtime(ntr("{} new error", "{} new errors", added_errors)), added_errors),
                   untouched));
    return kExitFindings;
  }

  if (o.dry_run) {
    auto diff = unified_diff(o.file == "-" ? "-" : o.file, original, updated, err);
    if (!diff) {
      error_line("set: --dry-run: " + err);
      return kExitTrouble;
    }
    std::cout << (use_color(o.color) ? colour_diff(*diff) : *diff);
    return kExitClean;
  }
  const std::string& out_path = !o.output.empty() ? o.output : o.file;
  if (out_path == "-") {
    std::cout << updated;
    report_changes(outcome, o.quiet);
    return kExitClean;
  }
  if (updated == original && o.output.empty()) return kExitClean;  // nothing to change
  WriteResult w = write_file_atomic(out_path, updated, o.output.empty() ? &original : nullptr, err);
  if (w == WriteResult::written) {
    report_changes(outcome, o.quiet);
    return kExitClean;
  }
  error_line("set: " + err);
  return w == WriteResult::changed ? kExitFindings : kExitTrouble;
}

}  // namespace

CLI::App* add_set(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("set", tr("Change values of a plan by path, keeping every other byte of the file"));
  sub->footer(
      tr("All assignments apply together or not at all. The result is validated: an edit that brings a new\n"
         "error is refused (exit 1, nothing written) unless --force. Writes are atomic.\n"
         "Exit status: 0 written (or nothing to change), 1 refused (bad path, new errors, file changed on\n"
         "disk meanwhile), 2 usage or I/O error. See yplan-set(1)."));
  sub->add_option("file", o->file, tr("The plan file (- reads standard input and writes standard output)"));
  sub->add_option("assignments", o->assignments, tr("PATH=VALUE, e.g. kpi.portal-access.targets.R3=119,000"));
  sub->add_option("--from", o->from, tr("Read PATH=VALUE lines from a file (- for standard input); # starts a comment"));
  sub->add_option("-o,--output", o->output, tr("Write the result here instead (- for standard output)"));
  sub->add_flag("--force", o->force, tr("Write even if the edit brings new validation errors"));
  sub->add_flag("-n,--dry-run", o->dry_run, tr("Print a unified diff of the change; write nothing"));
  add_lang_option(*sub, o->lang);
  sub->add_flag("--recalc", o->recalc,
                tr("Let derived figures follow: listings that mirror a changed project, and every stated total whose "
                   "sum changes (plan.total too)"));
  add_quiet_flag(*sub, o->quiet,
                 tr("Do not list the values that followed (--recalc) or the findings an edit brings (a refusal is "
                    "still said)"));
  add_color_option(*sub, o->color);
  sub->callback([o, &rc] {
    Options opts = *o;
    if (opts.file == "-" && opts.output.empty()) opts.output = "-";
    rc = run(opts);
  });
  return sub;
}

}  // namespace yplan::cli

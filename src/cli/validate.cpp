// yplan validate: every rule of the plan format, all findings at once.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"
#include "yplan/edit.hpp"
#include "yplan/render.hpp"
#include "yplan/spans.hpp"
#include "yplan/text.hpp"
#include "yplan/validate.hpp"

namespace yplan::cli {

namespace {

// Where each finding's node ends (Diagnostic::end), for the formats whose
// regions can say it (SARIF's endLine/endColumn, GitHub's annotations): the
// files with findings are read again and the nodes found as the language
// server finds them (spans.hpp). Standard input cannot be read again: its
// findings keep a start only.
void add_ends(Validation& v) {
  size_t i = 0;
  while (i < v.diagnostics.size()) {
    size_t j = i;
    while (j < v.diagnostics.size() && v.diagnostics[j].file == v.diagnostics[i].file) ++j;
    const std::string& file = v.diagnostics[i].file;
    SourceFile src;
    std::string err;
    if (file != "-" && read_source(file, src, err)) {
      PlanDocument doc;
      bool parsed = doc.open(src, err);
      std::vector<Diagnostic> part(std::make_move_iterator(v.diagnostics.begin() + static_cast<long>(i)),
                                   std::make_move_iterator(v.diagnostics.begin() + static_cast<long>(j)));
      fill_ends(parsed ? doc.source() : src, parsed ? &doc : nullptr, part);
      std::move(part.begin(), part.end(), v.diagnostics.begin() + static_cast<long>(i));
    }
    i = j;
  }
}

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  bool plans_only = false;
  bool strict = false;
  std::vector<std::string> skip;
  bool quiet = false;
  std::string color = "auto";
  bool list_checks = false;
  unsigned jobs = 0;
  std::string lang;
  std::string given;  // the first option given that only checking uses (--format, ...), for --list-checks
};

void list_checks(std::ostream& out) {
  size_t w = 0;
  for (const auto& c : all_checks()) w = std::max(w, c.name.size());
  for (const auto& c : all_checks())
    out << pad(c.name, w) << "  " << pad(c.severity, 15) << "  " << tr(c.summary.data()) << '\n';
}

int run(const Options& o) {
  if (o.list_checks) {
    // It reads no plan: a path or an option about checking would be silently ignored.
    if (!o.paths.empty()) {
      usage_error("validate",
                  trf("--list-checks lists the checks and reads no plan; drop `{}` or --list-checks", o.paths.front()));
      return kExitTrouble;
    }
    if (!o.given.empty()) {
      usage_error("validate", trf("{} has no effect with {}; drop one of them", o.given, "--list-checks"));
      return kExitTrouble;
    }
    list_checks(std::cout);
    return kExitClean;
  }
  if (o.paths.empty()) {
    usage_error("validate", tr("no plan given; name plan files or directories to check (or - for standard input)"));
    return kExitTrouble;
  }
  // Only the text format has lines to leave out: elsewhere -q would be silently ignored.
  if (o.quiet && o.format != "text") {
    usage_error("validate", trf("{} has no effect with {}; drop one of them", "--quiet", "--format " + o.format));
    return kExitTrouble;
  }
  ValidateOptions vo;
  vo.skip = o.skip;
  vo.strict = o.strict;
  vo.jobs = o.jobs;
  vo.plans_only = o.plans_only;
  Validation v = validate_inputs(o.paths, vo);
  for (const auto& e : v.input_errors) cannot_read(e.path, e.message);
  // On standard error, so that every format's output stays what it was.
  if (!o.quiet)
    for (const auto& f : v.not_plans)
      error_line(trf("validate: skipped '{}': not a plan (neither yplan: nor plan: at its top level)", f));
  if (o.format == "sarif" || o.format == "github") add_ends(v);

  if (o.format == "json") render_json(std::cout, v);
  else if (o.format == "github") render_github(std::cout, v, artifact_root());
  else if (o.format == "junit") render_junit(std::cout, v, o.skip);
  else if (o.format == "sarif") render_sarif(std::cout, v, artifact_root());
  else render_text(std::cout, v, use_color(o.color), o.quiet);

  if (!v.input_errors.empty()) return kExitTrouble;
  return v.errors() > 0 ? kExitFindings : kExitClean;
}

}  // namespace

CLI::App* add_validate(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("validate", tr("Check plan files against every rule of the plan format"));
  sub->footer(
      tr("Exit status: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage or I/O error.\n"
         "See yplan-validate(1) and yplan-plan(5)."));
  sub->add_option("paths", o->paths, tr("Plan files, directories (searched for *.yaml, *.yml), or - for stdin"));
  sub->add_option("--format", o->format, tr("Output format: text, json, github (Actions annotations), junit (XML), sarif (code scanning)"))
      ->check(CLI::IsMember({"text", "json", "github", "junit", "sarif"}))
      ->default_val("text");
  sub->add_flag("--strict", o->strict, tr("Treat warnings as errors"));
  sub->add_option("--skip", o->skip, tr("Leave out a check by name (repeatable)"))
      ->check(check_name_validator())
      ->option_text("CHECK")
      ->delimiter(',')
      ->allow_extra_args(false);
  sub->add_flag("-q,--quiet", o->quiet, tr("Print only the summary line (text format)"));
  add_color_option(*sub, o->color);
  add_lang_option(*sub, o->lang);
  sub->add_flag("--plans-only", o->plans_only,
                tr("Skip YAML files that are not plans (neither yplan: nor plan: at the top level), with a note; "
                   "for hooks that see every *.yaml"));
  sub->add_flag("--list-checks", o->list_checks, tr("List every check with its severity, then exit"));
  sub->add_option("-j,--jobs", o->jobs, tr("Check N files at once (default: one per core); output is the same"))
      ->check(whole_number(1, 1024))
      ->option_text("N");
  sub->callback([o, sub, &rc] {
    for (const char* name : {"--format", "--strict", "--skip", "--quiet", "--jobs", "--plans-only"})
      if (sub->get_option(name)->count() > 0) {
        o->given = name;
        break;
      }
    rc = run(*o);
  });
  return sub;
}

}  // namespace yplan::cli

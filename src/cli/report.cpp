// yplan report: budget, KPI and progress summaries in text, Markdown, CSV, JSON.
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <sys/ioctl.h>
#include <unistd.h>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/budget.hpp"
#include "yplan/checks.hpp"
#include "yplan/loader.hpp"
#include "yplan/report.hpp"
#include "yplan/text.hpp"
#include "yplan/validate.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::vector<std::string> files;
  std::string format = "text";
  std::string section;
  std::string kind = "all";
  std::string lang;
  std::string era = "as-written";
  std::string by = "section";
  size_t width = 0;
  bool no_check = false;
  bool bom = false;
  int ambiguous_width = 0;
};

int run(const Options& o) {
  ReportOptions ro;
  ro.section = o.section;
  ro.kind = o.kind == "budget" ? ReportKind::budget
            : o.kind == "kpi"  ? ReportKind::kpi
            : o.kind == "progress" ? ReportKind::progress
                                   : ReportKind::all;
  ro.lang = (o.lang.empty() ? default_lang() : o.lang) == "ja" ? Lang::ja : Lang::en;
  ro.era = o.era == "gregorian" ? EraStyle::gregorian : o.era == "japanese" ? EraStyle::japanese : EraStyle::as_written;
  ro.by_project = o.by == "project";
  ro.check = !o.no_check;
  ro.bom = o.bom;
  ro.width = o.width ? o.width : terminal_width();
  apply_ambiguous_width(o.ambiguous_width);

  ReportModel model;
  std::vector<std::string> files;
  std::vector<InputError> input_errors;
  expand_inputs(o.files, files, input_errors);
  for (const auto& e : input_errors) {
    cannot_read(e.path, e.message);
    return kExitTrouble;
  }
  for (const auto& f : files) {
    SourceFile src;
    if (!read_input(f, src)) return kExitTrouble;
    Sink sink(f);
    Plan plan;
    if (!load_plan(src, plan, sink)) {
      const auto& d = sink.diagnostics().front();
      error_line(fmt::format("{}:{}:{}: cannot report: the file does not parse: {}", f, d.pos.line, d.pos.col, d.message));
      return kExitTrouble;
    }
    // A file with no plan in it (empty, not a mapping, no `plan:` mapping)
    // has nothing to report: an input error, naming what is wrong.
    if (!plan.meta.pos.known()) {
      const Diagnostic* why = nullptr;
      for (const auto& d : sink.diagnostics())
        if (d.check == "schema" && (d.path.empty() || d.path == "plan") && (!why || d.pos.line < why->pos.line))
          why = &d;
      if (why)
        error_line(trf("{}:{}:{}: cannot report: the file holds no plan: {}", f, why->pos.line, why->pos.col,
                       why->message));
      else
        error_line(trf("{}: cannot report: the file holds no plan (`plan:` mapping)", f));
      return kExitTrouble;
    }
    size_t errors = 0, warnings = 0;
    if (ro.check) {
      run_checks(plan, sink);
      for (const auto& d : sink.diagnostics()) (d.severity == Severity::error ? errors : warnings)++;
    }
    PlanReport r;
    if (!build_plan_report(plan, ro, errors, warnings, r)) {
      std::vector<std::string> ids;
      for (const auto& s : plan.sections) ids.push_back(s.id.value);
      std::string near = nearest(ro.section, ids);
      error_line(fmt::format("{}: no section `{}`{}", f, ro.section,
                             near.empty() ? "" : fmt::format("; did you mean `{}`?", near)));
      return kExitTrouble;
    }
    model.combined.budget += r.total.budget;  // checked: overflow or unknown, never wrapped
    model.combined.previous += r.total.previous;
    model.plans.push_back(std::move(r));
  }

  if (o.format == "json") render_report_json(std::cout, model, ro);
  else if (o.format == "markdown") render_report_markdown(std::cout, model, ro);
  else if (o.format == "csv") render_report_csv(std::cout, model, ro);
  else render_report_text(std::cout, model, ro);
  return kExitClean;
}

}  // namespace

CLI::App* add_report(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("report", "Summarise budgets, KPI trajectories and progress");
  sub->footer(
      "Exit status: 0 report printed (validation findings are counted in it, not in the exit status),\n"
      "2 usage or I/O error, or a file that does not parse. See yplan-report(1).");
  sub->add_option("files", o->files, "Plan files or directories (- for stdin)")->required();
  sub->add_option("--format", o->format, "Output format: text, markdown, csv, json")
      ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
      ->default_val("text");
  sub->add_option("--section", o->section, "Report only this section's subtree (a section id)");
  sub->add_option("--kind", o->kind, "What to show: budget, kpi, progress, all")
      ->check(CLI::IsMember({"budget", "kpi", "progress", "all"}))
      ->default_val("all");
  sub->add_option("--by", o->by, "Budget rows per section or per project")
      ->check(CLI::IsMember({"section", "project"}))
      ->default_val("section");
  sub->add_option("--lang", o->lang, "Headings and labels: en or ja (default from LC_ALL / LC_MESSAGES / LANG)")
      ->check(CLI::IsMember({"en", "ja"}));
  sub->add_option("--era", o->era, "Years as written, gregorian (2020) or japanese (R2)")
      ->check(CLI::IsMember({"as-written", "gregorian", "japanese"}))
      ->default_val("as-written");
  sub->add_option("--width", o->width, "Text width in columns (default: the terminal's, 100 when not a terminal)")
      ->check(CLI::Range(20, 1000));
  add_ambiguous_width_option(*sub, o->ambiguous_width);
  sub->add_flag("--no-check", o->no_check, "Do not run the checks (omit the findings count)");
  sub->add_flag("--bom", o->bom, "CSV: begin with a UTF-8 byte-order mark (for Excel)");
  sub->callback([o, &rc] { rc = run(*o); });
  return sub;
}

}  // namespace yplan::cli

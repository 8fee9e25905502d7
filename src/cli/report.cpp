// yplan report: budget, KPI and progress summaries and the outline in text,
// Markdown, CSV, JSON, HTML and xlsx.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <sys/ioctl.h>
#include <unistd.h>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/budget.hpp"
#include "yplan/checks.hpp"
#include "yplan/edit.hpp"
#include "yplan/i18n.hpp"
#include "yplan/loader.hpp"
#include "yplan/report.hpp"
#include "yplan/series.hpp"
#include "yplan/text.hpp"
#include "yplan/validate.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::string color = "auto";
  std::vector<std::string> files;
  std::string format = "text";
  std::string section;
  std::string kind = "all";
  std::string lang;
  std::string era = "as-written";
  std::string by = "section";
  std::string output;
  size_t width = 0;
  bool no_check = false;
  bool strict = false;
  bool bom = false;
  int ambiguous_width = 0;
};

// Writes the workbook to `path` as every other output is written (a regular
// file atomically, keeping its mode; a FIFO or device written through), or
// to standard output for "-".
int write_binary(const std::string& format, const std::string& path, const ReportModel& model,
                 const ReportOptions& ro) {
  std::string bytes, error;
  if (format == "pdf" ? !render_document_pdf(bytes, model, ro, error) : !render_report_xlsx(bytes, model, ro, error)) {
    error_line(format == "pdf" ? trf("cannot make the PDF: {}", error) : trf("cannot write the workbook: {}", error));
    return kExitTrouble;
  }
  if (path == "-") {
    std::cout << bytes;
    std::cout.flush();
    return kExitClean;  // a failed write to standard output is reported by main
  }
  if (write_file_atomic(path, bytes, nullptr, error) != WriteResult::written) {
    error_line("report: " + error);  // the writer's line names the file and why
    return kExitTrouble;
  }
  return kExitClean;
}

// --kind series: every file loaded once, as one set; one report per series.
// Standard output is already written; a buffer for -o FILE goes to the file,
// atomically. The exit status of the run.
int finish_output(const std::ostream& out, const std::ostringstream& buf, const std::string& output) {
  if (&out != &buf) return kExitClean;
  std::string error;
  if (write_file_atomic(output, buf.str(), nullptr, error) != WriteResult::written) {
    error_line("report: " + error);
    return kExitTrouble;
  }
  return kExitClean;
}

int run_series(const Options& o, const ReportOptions& ro, const std::vector<std::string>& files) {
  if (o.format == "xlsx") {
    usage_error("report", trf("--kind series is not yet made in {}; use text, markdown, csv, json or html", o.format));
    return kExitTrouble;
  }
  if (!o.section.empty()) {
    usage_error("report", trf("{} has no effect with {}; drop one of them", "--section", "--kind series"));
    return kExitTrouble;
  }
  PlanSet set;
  std::vector<Sink> sinks;
  for (const auto& f : files) {
    SourceFile src;
    if (!read_input(f, src)) return kExitTrouble;
    Sink sink(f);
    Plan plan;
    if (!load_plan(src, plan, sink)) {
      const auto& d = sink.diagnostics().front();
      error_line(trf("{}:{}:{}: cannot report: the file does not parse: {}", f, d.pos.line, d.pos.col, d.message));
      return kExitTrouble;
    }
    sinks.emplace_back(f);
    set.add(std::move(plan));
  }
  std::vector<Note> notes;  // validate says what the links lack; the series shows what links
  set.link(sinks, notes);
  auto series = build_series(set, ro);
  std::ostringstream buf;
  std::ostream& out = o.output.empty() || o.output == "-" ? std::cout : buf;
  if (o.format == "json") render_series_json(out, series, ro);
  else if (o.format == "markdown") render_series_markdown(out, series, ro);
  else if (o.format == "csv") render_series_csv(out, series, ro);
  else if (o.format == "html") render_series_html(out, series, ro);
  else render_series_text(out, series, ro);
  return finish_output(out, buf, o.output);
}

int run(const Options& o) {
  if (o.files.empty()) {
    usage_error("report", tr("no plan given; name plan files or directories to report on (or - for standard input)"));
    return kExitTrouble;
  }
  ReportOptions ro;
  ro.section = o.section;
  ro.kind = o.kind == "budget" ? ReportKind::budget
            : o.kind == "kpi"  ? ReportKind::kpi
            : o.kind == "progress" ? ReportKind::progress
            : o.kind == "outline"  ? ReportKind::outline
            : o.kind == "document" ? ReportKind::document
                                   : ReportKind::all;
  ro.lang = language();  // set from --lang or the environment before the subcommand was built
  ro.era = o.era == "gregorian" ? EraStyle::gregorian : o.era == "japanese" ? EraStyle::japanese : EraStyle::as_written;
  ro.by_project = o.by == "project";
  ro.check = !o.no_check;
  ro.bom = o.bom;
  ro.width = o.width ? o.width : terminal_width();
  apply_ambiguous_width(o.ambiguous_width);

  // A byte-order mark is for CSV only: elsewhere --bom would be silently ignored.
  if (o.bom && o.format != "csv") {
    usage_error("report", tr("--bom applies to --format csv only; add --format csv, or drop --bom"));
    return kExitTrouble;
  }
  // Only text is laid out to a width: elsewhere --width would be silently ignored.
  if (o.width && o.format != "text") {
    usage_error("report", trf("{} has no effect with {}; drop one of them", "--width", "--format " + o.format));
    return kExitTrouble;
  }
  // The document is typeset as HTML or PDF; PDF is the document's only.
  if (ro.kind == ReportKind::document && o.format != "html" && o.format != "pdf") {
    usage_error("report", trf("--kind document is printed as html or pdf, not {}; add --format html or --format pdf",
                              o.format));
    return kExitTrouble;
  }
  if (o.format == "pdf" && ro.kind != ReportKind::document) {
    usage_error("report", tr("--format pdf prints the plan document; add --kind document"));
    return kExitTrouble;
  }
  if (o.strict && o.no_check) {
    usage_error("report", tr("--strict needs the checks; drop --no-check"));
    return kExitTrouble;
  }
  // xlsx and pdf are binary: they go to a file, or to standard output only when that is not a terminal.
  if ((o.format == "xlsx" || o.format == "pdf") && o.output.empty()) {
    usage_error("report", o.format == "xlsx"
                              ? tr("--format xlsx writes a binary workbook; give -o FILE (or -o - to send it to a pipe)")
                              : tr("--format pdf writes a binary document; give -o FILE (or -o - to send it to a pipe)"));
    return kExitTrouble;
  }
  if ((o.format == "xlsx" || o.format == "pdf") && o.output == "-" && isatty(STDOUT_FILENO)) {
    usage_error("report", o.format == "xlsx"
                              ? tr("a binary workbook is not written to a terminal; give -o FILE, or redirect standard output")
                              : tr("a binary document is not written to a terminal; give -o FILE, or redirect standard output"));
    return kExitTrouble;
  }

  ReportModel model;
  std::vector<std::string> files;
  std::vector<InputError> input_errors;
  expand_inputs(o.files, files, input_errors);
  for (const auto& e : input_errors) {
    cannot_read(e.path, e.message);
    return kExitTrouble;
  }
  if (o.kind == "series") return run_series(o, ro, files);
  if (ro.kind == ReportKind::document && files.size() != 1) {
    usage_error("report", trf("--kind document prints one plan; {} files were given", files.size()));
    return kExitTrouble;
  }
  for (const auto& f : files) {
    SourceFile src;
    if (!read_input(f, src)) return kExitTrouble;
    Sink sink(f);
    Plan plan;
    if (!load_plan(src, plan, sink)) {
      const auto& d = sink.diagnostics().front();
      error_line(trf("{}:{}:{}: cannot report: the file does not parse: {}", f, d.pos.line, d.pos.col, d.message));
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
    auto findings = sink.diagnostics();
    sort_diagnostics(findings);
    if (o.strict && errors > 0) {
      const auto& first = *std::find_if(findings.begin(), findings.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::error; });
      error_line(fmt::format(fmt::runtime(ntr("{}:{}:{}: not reported: the plan has {} error (--strict): {}",
                                              "{}:{}:{}: not reported: the plan has {} errors (--strict), the first: {}",
                                              errors)),
                             f, first.pos.line, first.pos.col, errors, first.message));
      return kExitFindings;
    }
    PlanReport r;
    if (!build_plan_report(plan, ro, errors, warnings, r)) {
      std::vector<std::string> ids;
      for (const auto& s : plan.sections) ids.push_back(s.id.value);
      std::string near = nearest(ro.section, ids);
      error_line(near.empty() ? trf("{}: no section `{}`", f, ro.section)
                              : trf("{}: no section `{}`; did you mean `{}`?", f, ro.section, near));
      return kExitTrouble;
    }
    if (ro.check)
      for (const auto& d : findings)
        r.findings.push_back({d.file, static_cast<int>(d.pos.line), static_cast<int>(d.pos.col),
                              severity_name(d.severity), d.check, d.message, d.path});
    model.combined.budget += r.total.budget;  // checked: overflow or unknown, never wrapped
    model.combined.previous += r.total.previous;
    model.plans.push_back(std::move(r));
  }

  if (o.format == "xlsx" || o.format == "pdf") return write_binary(o.format, o.output, model, ro);
  std::ostringstream buf;
  std::ostream& out = o.output.empty() || o.output == "-" ? std::cout : buf;
  if (o.format == "json") render_report_json(out, model, ro);
  else if (o.format == "markdown") render_report_markdown(out, model, ro);
  else if (o.format == "csv") render_report_csv(out, model, ro);
  else if (o.format == "html" && ro.kind == ReportKind::document) render_document_html(out, model, ro);
  else if (o.format == "html") render_report_html(out, model, ro);
  else render_report_text(out, model, ro);
  return finish_output(out, buf, o.output);
}

}  // namespace

CLI::App* add_report(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("report", tr("Summarise budgets, KPI trajectories and progress"));
  sub->footer(
      tr("Exit status: 0 report printed (validation findings are counted in it, not in the exit status),\n"
         "1 --strict and the plan has errors (nothing printed), 2 usage or I/O error, or a file that does not parse.\n"
         "See yplan-report(1)."));
  sub->add_option("files", o->files, tr("Plan files or directories (- for stdin)"));
  sub->add_option("--format", o->format,
                  tr("Output format: text, markdown, csv, json, html, xlsx (needs -o), pdf (--kind document, needs -o)"))
      ->check(CLI::IsMember({"text", "markdown", "csv", "json", "html", "xlsx", "pdf"}))
      ->default_val("text");
  sub->add_option("--section", o->section, tr("Report only this section's subtree (a section id)"));
  sub->add_option("--kind", o->kind,
                  tr("What to show: budget, kpi, progress, outline (the measure tree), document (the plan as printed: "
                     "html or pdf), series (plans across fiscal years), all"))
      ->check(CLI::IsMember({"budget", "kpi", "progress", "outline", "document", "series", "all"}))
      ->default_val("all");
  sub->add_option("--by", o->by, tr("Budget rows per section or per project"))
      ->check(CLI::IsMember({"section", "project"}))
      ->default_val("section");
  add_lang_option(*sub, o->lang);
  sub->add_option("--era", o->era, tr("Years as written, gregorian (2020) or japanese (R2)"))
      ->check(CLI::IsMember({"as-written", "gregorian", "japanese"}))
      ->default_val("as-written");
  sub->add_option("--width", o->width, tr("Text width in columns (default: the terminal's, 100 when not a terminal)"))
      ->check(whole_number(20, 1000))
      ->option_text("COLUMNS");
  add_ambiguous_width_option(*sub, o->ambiguous_width);
  sub->add_flag("--no-check", o->no_check, tr("Do not run the checks (omit the findings count)"));
  sub->add_flag("--strict", o->strict, tr("Refuse to report a plan that has errors (exit status 1)"));
  sub->add_option("-o,--output", o->output,
                  tr("Write to FILE (atomically) instead of standard output; - for standard output"));
  sub->add_flag("--bom", o->bom, tr("CSV: begin with a UTF-8 byte-order mark (for Excel)"));
  // No colour in this output yet; accepted so that one command line fits every subcommand.
  add_color_option(*sub, o->color);
  sub->callback([o, &rc] { rc = run(*o); });
  return sub;
}

}  // namespace yplan::cli

// yplan export: the plan as a workbook for staff to edit (yplan-export(1)).
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/atomic_write.hpp"
#include "yplan/i18n.hpp"
#include "yplan/import.hpp"
#include "yplan/loader.hpp"
#include "yplan/workbook.hpp"
#include "yplan/workbook_export.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::string file;
  std::string output;
  std::string lang;
};

int run(const Options& o) {
  if (o.file.empty()) {
    usage_error("export", tr("no plan given; name the plan file to export"));
    return kExitTrouble;
  }
  if (o.output.empty()) {
    usage_error("export", tr("give -o FILE: the workbook is written there (-o - sends it to a pipe)"));
    return kExitTrouble;
  }
  if (o.output == "-" && isatty(STDOUT_FILENO)) {
    usage_error("export", tr("standard output is a terminal; give -o FILE for the workbook"));
    return kExitTrouble;
  }
  SourceFile src;
  if (!read_input(o.file, src)) return kExitTrouble;
  PlanDocument doc;
  std::string err;
  if (!doc.open(src, err)) {
    error_line(err);
    return kExitTrouble;
  }
  Plan plan;
  Sink sink(o.file);
  load_plan(doc.source(), doc.tree(), plan, sink);
  WorkbookSource ws{o.file, workbook::sha256_hex(src.text), language() == Lang::ja ? "ja" : "en"};
  std::string bytes;
  if (!render_workbook(
          bytes, plan, [&](const std::string& path) { return plan_value(doc, path); }, ws, err)) {
    error_line(trf("cannot write the workbook: {}", err));
    return kExitTrouble;
  }
  if (o.output == "-") {
    std::cout << bytes;
    std::cout.flush();
    return kExitClean;
  }
  if (write_file_atomic(o.output, bytes, nullptr, err) != WriteResult::written) {
    error_line("export: " + err);
    return kExitTrouble;
  }
  return kExitClean;
}

}  // namespace

CLI::App* add_export(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("export", tr("Write a plan as a workbook (xlsx) for staff to edit; yplan import reads it back"));
  sub->footer(tr("Ids are locked, the cells to edit are open, and a hidden sheet records the plan's path and the\n"
                 "SHA-256 of its bytes. Exit status: 0 written, 2 usage or I/O error. See yplan-export(1)."));
  sub->add_option("file", o->file, tr("The plan file (- reads standard input)"));
  sub->add_option("-o,--output", o->output, tr("Write the workbook here (atomically; - for standard output)"));
  add_lang_option(*sub, o->lang);
  sub->callback([o, &rc] { rc = run(*o); });
  return sub;
}

}  // namespace yplan::cli

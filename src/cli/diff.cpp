// yplan diff: what changed between two versions of a plan, in domain terms.
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <thread>

#include "commands.hpp"
#include "common.hpp"
#include "diff_driver.hpp"
#include "yplan/diff.hpp"
#include "yplan/edit.hpp"
#include "yplan/git.hpp"
#include "yplan/i18n.hpp"
#include "yplan/loader.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::vector<std::string> sides;
  std::vector<std::string> git;  // REV PATH
  std::string format = "text";
  std::string color = "auto";
  std::string era = "as-written";
  bool stat = false;
  bool text = false;
  std::string lang;
  bool quiet = false;
  std::string git_dir;  // --git: where git runs (the working file's directory)
  bool git_external = false;
  std::string shown;  // the first option given that shapes output (--format, --stat, --text), for --quiet
};

// Reads and loads one side. On trouble returns false with why (naming the side) in `error`.
bool load_side(bool old_side, const std::string& spec, Plan& plan, std::string& error,
               const std::string& git_dir = "") {
  SourceFile src;
  std::string err;
  bool ok = !git_dir.empty()               ? read_git_object(spec, src, err, git_dir)
            : looks_like_git_object(spec) ? read_git_object(spec, src, err)
                                          : read_source(spec, src, err);
  if (!ok) {
    error = old_side ? trf("diff: cannot read the old side '{}': {}", spec, err)
                     : trf("diff: cannot read the new side '{}': {}", spec, err);
    return false;
  }
  Sink sink(spec);
  if (!load_plan(src, plan, sink)) {
    const auto& d = sink.diagnostics().front();
    error = old_side ? trf("diff: the old side {}:{}:{} does not parse: {}", spec, d.pos.line, d.pos.col, d.message)
                     : trf("diff: the new side {}:{}:{} does not parse: {}", spec, d.pos.line, d.pos.col, d.message);
    return false;
  }
  return true;
}

int run(Options o) {
  // --quiet prints nothing (git's driver prints, and exits 0, whatever it finds):
  // an option that shapes the output would be silently ignored with it.
  if (o.quiet && !o.shown.empty()) {
    usage_error("diff", trf("{} has no effect with {}; drop one of them", o.shown, "--quiet"));
    return kExitTrouble;
  }
  if (o.quiet && o.git_external) {
    usage_error("diff", trf("{} has no effect with {}; drop one of them", "--quiet", "--git-external"));
    return kExitTrouble;
  }
  if (o.git_external) {
    DriverOptions d;
    d.args = o.sides;
    d.format = o.format;
    d.era = o.era;
    d.color = use_color(o.color);
    d.stat = o.stat;
    d.text = o.text;
    return run_git_driver(d);
  }
  if (!o.git.empty()) {
    if (!o.sides.empty()) {
      usage_error("diff", tr("both OLD NEW and --git REV PATH given; give one or the other"));
      return kExitTrouble;
    }
    // git runs in the working file's directory (git -C DIR show REV:./NAME),
    // so PATH may be relative or absolute, and the current directory need not
    // be inside the repository.
    std::filesystem::path path(o.git[1]);
    std::string dir = path.parent_path().string();
    o.git_dir = dir.empty() ? "." : dir;
    o.sides = {o.git[0] + ":./" + path.filename().string(), o.git[1]};
  }
  if (o.sides.size() != 2) {
    usage_error("diff", trf("two versions are needed, {} given; name OLD NEW (files, - for stdin, or REV:PATH), "
                            "or give --git REV PATH",
                            o.sides.size()));
    return kExitTrouble;
  }
  if (o.sides[0] == "-" && o.sides[1] == "-") {
    usage_error("diff", tr("both sides are - (standard input); name a file for one of them"));
    return kExitTrouble;
  }
  // The two sides are independent: parse them at once (parsing is most of
  // the time a diff takes on large plans).
  Plan a, b;
  std::string err_a, err_b;
  bool ok_a = false;
  std::thread old_side([&] { ok_a = load_side(true, o.sides[0], a, err_a, o.git_dir); });
  bool ok_b = load_side(false, o.sides[1], b, err_b);
  old_side.join();
  if (!ok_a) error_line(err_a);
  if (!ok_b) error_line(err_b);
  if (!ok_a || !ok_b) return kExitTrouble;

  DiffOptions dopts;
  dopts.text = o.text;
  dopts.era = o.era == "gregorian" ? EraStyle::gregorian : o.era == "japanese" ? EraStyle::japanese : EraStyle::as_written;
  DiffResult d = diff_plans(a, b, dopts);

  if (o.quiet) return d.empty() ? kExitClean : kExitFindings;  // the exit status says it all

  DiffRenderOptions r;
  r.old_name = !o.git.empty() ? o.git[0] + ":" + o.git[1] : o.sides[0];
  r.new_name = o.sides[1];
  r.color = use_color(o.color);
  r.stat = o.stat;
  r.text = o.text;
  if (o.format == "json") render_diff_json(std::cout, d, r);
  else if (o.format == "markdown") render_diff_markdown(std::cout, d, r);
  else render_diff_text(std::cout, d, r);
  return d.empty() ? kExitClean : kExitFindings;
}

}  // namespace

CLI::App* add_diff(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("diff", tr("Show what changed between two versions of a plan"));
  sub->footer(
      tr("Each side is a file, - (standard input), or REV:PATH read with `git show`.\n"
         "Exit status: 0 no differences, 1 differences, 2 trouble (unreadable side, bad revision,\n"
         "a side that does not parse). See yplan-diff(1)."));
  sub->add_option("sides", o->sides, tr("OLD NEW"));
  sub->add_option("--git", o->git, tr("Compare PATH at git revision REV with the working file"))
      ->expected(2)
      ->option_text("REV PATH");
  sub->add_option("--format", o->format, tr("Output format: text, json, markdown"))
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->default_val("text");
  sub->add_flag("--stat", o->stat, tr("Counts of added, removed, renamed and changed items per kind only"));
  sub->add_flag("--text", o->text, tr("List changed text (issues, responses, summaries) instead of counting it"));
  sub->add_option("--era", o->era, tr("Years as written, gregorian (2020) or japanese (R2)"))
      ->check(CLI::IsMember({"as-written", "gregorian", "japanese"}))
      ->default_val("as-written");
  add_color_option(*sub, o->color);
  add_lang_option(*sub, o->lang);
  add_quiet_flag(*sub, o->quiet, tr("Print nothing: the exit status alone says whether the versions differ (as git diff --quiet)"));
  sub->add_flag("--git-external", o->git_external,
                tr("Act as git's diff driver: take git's 7 arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE "
                   "NEW-HEX NEW-MODE; 9 for a rename or copy) and exit 0; see yplan-diff(1)"));
  sub->callback([o, sub, &rc] {
    for (const char* name : {"--format", "--stat", "--text"})
      if (sub->get_option(name)->count() > 0) {
        o->shown = name;
        break;
      }
    rc = run(*o);
  });
  return sub;
}

}  // namespace yplan::cli

// yplan diff --git-external: git's external diff driver (diff_driver.hpp).
#include "diff_driver.hpp"

#include <iostream>
#include <string_view>

#include "common.hpp"
#include "yplan/diff.hpp"
#include "yplan/format.hpp"
#include "yplan/i18n.hpp"
#include "yplan/loader.hpp"
#include "yplan/unified_diff.hpp"

namespace yplan::cli {

namespace {

constexpr std::string_view kNull = "/dev/null";

// A line diff of the two texts, labelled OLD-NAME and NEW-NAME (a rename's
// two paths; /dev/null for a missing side).
bool line_diff(const std::string& path, const SourceFile& sa, const SourceFile& sb, const std::string& old_name,
               const std::string& new_name) {
  std::string derr;
  auto lines = unified_diff(path, std::string(sa.text), std::string(sb.text), derr);
  if (!lines) {
    error_line(trf("diff: {}", derr));
    return false;
  }
  // diff(1) labels both sides a/PATH, b/PATH: name them as git does.
  std::string_view rest = *lines;
  for (int i = 0; i < 2 && !rest.empty(); ++i) rest.remove_prefix(std::min(rest.size(), rest.find('\n') + 1));
  if (!lines->empty()) std::cout << "--- " << old_name << '\n' << "+++ " << new_name << '\n';
  std::cout << rest;
  return true;
}

// The changes the plan diff does not show: under keys the format does not
// have, and, when the plan diff is empty, values only written differently.
void print_tree_changes(const TreeDiff& t, bool plan_diff_empty) {
  auto print = [&](bool known) {
    bool any = false;
    for (const auto& c : t.changes) {
      if (c.known != known) continue;
      if (!any) {
        std::cout << (known ? tr("written differently (the same in plan terms)")
                            : tr("other keys (not in the plan format, yplan-plan(5))"))
                  << '\n';
        any = true;
      }
      std::string path = c.path.empty() ? tr("(the document)") : c.path;
      if (c.old_value.empty() && !c.new_value.empty()) std::cout << "  + " << path << ": " << c.new_value << '\n';
      else if (c.new_value.empty() && !c.old_value.empty()) std::cout << "  - " << path << ": " << c.old_value << '\n';
      else std::cout << "  ~ " << path << ": " << c.old_value << " → " << c.new_value << '\n';
    }
  };
  print(false);
  if (plan_diff_empty) print(true);
  if (t.truncated) std::cout << tr("  … (more changes: see git diff --no-ext-diff)") << '\n';
}

}  // namespace

int run_git_driver(const DriverOptions& o) {
  const auto& args = o.args;
  if (args.size() == 1) {
    // An unmerged path: git passes its name alone (git(1), GIT_EXTERNAL_DIFF).
    std::cout << trf("* Unmerged path {}", args[0]) << '\n';
    return kExitClean;
  }
  if (args.size() != 7 && args.size() != 9) {
    usage_error("diff", trf("--git-external takes the 7 arguments git passes (PATH OLD-FILE OLD-HEX OLD-MODE "
                            "NEW-FILE NEW-HEX NEW-MODE), 9 for a rename or copy, or 1 for an unmerged path; not "
                            "{}; let git run it, as diff.yplan.command",
                            args.size()));
    return kExitTrouble;
  }
  const std::string& path = args[0];
  const std::string& old_file = args[1];
  const std::string& new_file = args[4];
  const std::string& new_path = args.size() == 9 ? args[7] : path;
  std::string old_name = old_file == kNull ? std::string(kNull) : "a/" + path;
  std::string new_name = new_file == kNull ? std::string(kNull) : "b/" + new_path;
  SourceFile sa, sb;
  std::string err;
  if (!read_source(old_file, sa, err) || !read_source(new_file, sb, err)) {
    error_line(trf("diff: cannot read '{}': {}", path, err));
    return kExitTrouble;
  }
  std::cout << "diff --yplan " << old_name << ' ' << new_name << '\n';
  if (args.size() == 9) {
    // git's own header lines for a rename or copy (similarity index, rename
    // from, rename to), as git diff prints them.
    std::string_view msg = args[8];
    while (!msg.empty() && msg.back() == '\n') msg.remove_suffix(1);
    if (!msg.empty()) std::cout << msg << '\n';
  }
  if (sa.text == sb.text) return kExitClean;  // a pure rename, copy or mode change: git's lines said it all

  // /dev/null is an empty document: everything in the other side is added or removed.
  yaml::Document da, db;
  yaml::ParseError pe;
  bool parsed = (old_file == kNull || yaml::parse(sa, da, pe)) && (new_file == kNull || yaml::parse(sb, db, pe));
  if (!parsed) {
    std::cout << tr("(not a plan that parses: a line diff follows)") << '\n';
    return line_diff(path, sa, sb, old_name, new_name) ? kExitClean : kExitTrouble;
  }
  // A YAML file that is not a plan (compose.yaml, mkdocs.yml) is diffed line by line.
  if ((old_file != kNull && !format::is_plan_document(da)) || (new_file != kNull && !format::is_plan_document(db))) {
    std::cout << tr("(not a plan: no top-level yplan: or plan:; a line diff follows)") << '\n';
    return line_diff(path, sa, sb, old_name, new_name) ? kExitClean : kExitTrouble;
  }
  Plan a, b;
  Sink sink_a(old_name), sink_b(new_name);
  if (old_file != kNull) load_plan(sa, da, a, sink_a);
  if (new_file != kNull) load_plan(sb, db, b, sink_b);
  DiffOptions dopts;
  dopts.text = o.text;
  dopts.era = o.era == "gregorian" ? EraStyle::gregorian : o.era == "japanese" ? EraStyle::japanese : EraStyle::as_written;
  // A file git adds or deletes is a plan added or removed, not one whose
  // every field went from nothing to something.
  DiffResult d = old_file == kNull && new_file != kNull   ? diff_plan_added(b, dopts)
                 : new_file == kNull && old_file != kNull ? diff_plan_removed(a, dopts)
                                                          : diff_plans(a, b, dopts);
  DiffRenderOptions r;
  r.old_name = old_name;
  r.new_name = new_name;
  r.color = o.color;
  r.stat = o.stat;
  r.text = o.text;
  if (o.format == "json") {
    render_diff_json(std::cout, d, r);
    return kExitClean;
  }
  if (o.format == "markdown") {
    render_diff_markdown(std::cout, d, r);
    return kExitClean;
  }
  // An added or removed plan is listed whole above; otherwise list what the
  // plan diff cannot show.
  TreeDiff t;
  if (old_file != kNull && new_file != kNull) t = diff_trees(da, db);
  if (d.empty() && t.changes.empty()) {
    std::cout << tr("(no changes in plan terms: only layout or comments)") << '\n';
    return kExitClean;
  }
  if (d.empty()) std::cout << "--- " << old_name << '\n' << "+++ " << new_name << '\n';
  else render_diff_text(std::cout, d, r);
  if (!o.stat) print_tree_changes(t, d.empty());
  return kExitClean;
}

}  // namespace yplan::cli

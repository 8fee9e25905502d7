// yplan __complete WORD...: the candidates for the last WORD (the one being
// completed, maybe empty) of the command line `yplan WORD...`, one a line.
// Hidden from --help; completions/ (bash, zsh, fish) call it, so that they
// know exactly the subcommands, options and choices of this binary.
//
// Candidates come from the CLI11 app itself (subcommands, options, the
// choices of IsMember validators), the check table (--skip) and the plan
// file named on the line (paths for get and set, yplan/complete.hpp). A
// line `:files` asks the shell to complete file names as well.
#include <sys/stat.h>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/checks.hpp"
#include "yplan/complete.hpp"
#include "yplan/edit.hpp"

namespace yplan::cli {

namespace {

constexpr const char* kFiles = ":files";

// The choices of an option checked by CLI::IsMember, whose description is
// "{a,b,c}" (CLI11 detail::generate_set).
std::vector<std::string> choices(CLI::Option* opt) {
  for (int i = 0;; ++i) {
    CLI::Validator* v = nullptr;
    try {
      v = opt->get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return {};
    }
    std::string d = v->get_description();
    if (d.size() < 2 || d.front() != '{' || d.back() != '}') continue;
    std::vector<std::string> out;
    std::string item;
    for (char c : d.substr(1, d.size() - 2)) {
      if (c == ',') out.push_back(std::move(item)), item.clear();
      else item += c;
    }
    out.push_back(item);
    return out;
  }
}

// Every name of the visible options of `app`: long names, and short ones
// for options that have no long name.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::Option* o : app.get_options([](const CLI::Option* o) { return !o->get_positional(); })) {
    for (const auto& l : o->get_lnames()) out.push_back("--" + l);
    if (o->get_lnames().empty())
      for (const auto& s : o->get_snames()) out.push_back("-" + s);
  }
  return out;
}

std::vector<std::string> option_values(CLI::Option* opt, const std::string& cur) {
  if (opt->check_lname("skip")) {
    // A comma-separated list of check names: complete the last one.
    std::string done = cur.substr(0, cur.rfind(',') == std::string::npos ? 0 : cur.rfind(',') + 1);
    std::vector<std::string> out;
    for (const auto& c : all_checks()) out.push_back(done + std::string(c.name));
    return out;
  }
  auto cs = choices(opt);
  if (!cs.empty()) return cs;
  if (opt->get_type_name() == "TEXT" || opt->get_type_name().empty()) return {kFiles};
  return {};  // a number: nothing to offer
}

// Plan paths of `file` (get, set); nothing when it cannot be read or parsed.
std::vector<std::string> plan_paths(const std::string& file, const std::string& cur) {
  if (cur.find('=') != std::string::npos) return {};  // set's value
  SourceFile src;
  std::string why;
  PlanDocument doc;
  // Only a regular file: reading a FIFO or a device would block the shell's TAB.
  struct stat st {};
  if (file == "-" || ::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
  if (!read_source(file, src, why) || !doc.open(std::move(src), why)) return {};
  return complete_path(doc, cur);
}

std::vector<std::string> candidates(CLI::App& app, const std::vector<std::string>& words) {
  const std::string cur = words.empty() ? "" : words.back();
  if (words.size() <= 1) {
    if (!cur.empty() && cur[0] == '-') return {"--help", "--version"};
    std::vector<std::string> out;
    for (const auto* s : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
      out.push_back(s->get_name());
    return out;
  }
  CLI::App* sub = nullptr;
  try {
    sub = app.get_subcommand(words[0]);
  } catch (const CLI::OptionNotFound&) {
    return {};
  }
  // Walk the words before the current one: options that wait for values,
  // and the positional arguments given so far.
  CLI::Option* pending = nullptr;
  int waiting = 0;
  bool only_positional = false;
  std::vector<std::string> positionals;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    if (waiting > 0) {
      --waiting;
      continue;
    }
    if (!only_positional && w == "--") {
      only_positional = true;
    } else if (!only_positional && w.size() > 1 && w[0] == '-') {
      if (w.find('=') != std::string::npos) continue;  // --format=json
      CLI::Option* o = sub->get_option_no_throw(w);
      if (o && o->get_items_expected_min() > 0) {
        pending = o;
        waiting = o->get_items_expected_min();
      }
    } else {
      positionals.push_back(w);
    }
  }
  if (waiting > 0) return option_values(pending, cur);
  if (!only_positional && !cur.empty() && cur[0] == '-') {
    auto eq = cur.find('=');
    if (eq != std::string::npos && cur.rfind("--", 0) == 0) {
      CLI::Option* o = sub->get_option_no_throw(cur.substr(0, eq));
      if (!o) return {};
      std::vector<std::string> out;
      for (const auto& v : option_values(o, cur.substr(eq + 1)))
        out.push_back(v == kFiles ? v : cur.substr(0, eq + 1) + v);
      return out;
    }
    return option_names(*sub);
  }
  const std::string name = sub->get_name();
  if ((name == "get" || name == "set") && !positionals.empty()) return plan_paths(positionals[0], cur);
  if (name == "schema") return {};
  return {kFiles};
}

}  // namespace

CLI::App* add_complete(CLI::App& app, int& rc) {
  auto* sub = app.add_subcommand("__complete", "Shell completion candidates for WORDS (hidden)");
  sub->group("");  // hidden from --help
  sub->prefix_command();
  sub->allow_extras();
  sub->callback([&app, sub, &rc] {
    std::vector<std::string> words = sub->remaining();
    if (!words.empty() && words.front() == "--") words.erase(words.begin());
    const std::string cur = words.empty() ? "" : words.back();
    for (const auto& c : candidates(app, words))
      if (c == kFiles || c.rfind(cur, 0) == 0) std::cout << c << '\n';
    rc = kExitClean;
  });
  return sub;
}

}  // namespace yplan::cli

// yplan: validate, report, diff and edit public policy plans written as YAML.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <csignal>
#include <iostream>
#include <string_view>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"

#include <fmt/format.h>

namespace {

// One table of subcommands, in the order `yplan --help` lists them.
constexpr yplan::cli::AddCommand kCommands[] = {
    yplan::cli::add_validate,
    yplan::cli::add_report,
    yplan::cli::add_diff,
    yplan::cli::add_get,
    yplan::cli::add_set,
    yplan::cli::add_fix,
    yplan::cli::add_export,
    yplan::cli::add_import,
    yplan::cli::add_schema,
    yplan::cli::add_lsp,
    yplan::cli::add_help,
    yplan::cli::add_version,
    yplan::cli::add_complete,
};

// The option to suggest for `bad`, an option `sub` does not have ("" when
// none is close enough to be a likely slip):
//   --NAME  the one long option NAME begins (--list: --list-checks), else the
//           long option nearest NAME by edit distance (text.hpp's nearest():
//           about a third of the name wrong at most; --formt: --format);
//   -X      the short option that differs only in case (-Q: -q), else the one
//           long option whose name begins with X (-w: --width); a short
//           option is one letter, and any other letter is no nearer than any
//           other, so no edit distance between letters is a reason to suggest.
std::string suggest_option(std::string_view bad, const std::vector<const CLI::Option*>& options) {
  std::vector<std::string> longs;
  std::vector<std::string> shorts;
  for (const auto* opt : options) {
    for (const auto& l : opt->get_lnames()) longs.push_back(l);
    for (const auto& s : opt->get_snames()) shorts.push_back(s);
  }
  auto only = [](const std::vector<std::string>& v) { return v.size() == 1 ? "--" + v.front() : std::string(); };
  if (bad.rfind("--", 0) == 0) {
    const std::string name(bad.substr(2));
    if (name.empty()) return {};
    std::vector<std::string> begun;
    for (const auto& l : longs)
      if (l.size() > name.size() && l.rfind(name, 0) == 0) begun.push_back(l);
    if (begun.size() == 1) return "--" + begun.front();
    std::string near = yplan::nearest(name, longs);
    return near.empty() ? std::string() : "--" + near;
  }
  if (bad.size() != 2 || bad[0] != '-') return {};
  const auto letter = static_cast<unsigned char>(bad[1]);
  for (const auto& s : shorts)
    if (s.size() == 1 && s[0] != bad[1] && std::tolower(static_cast<unsigned char>(s[0])) == std::tolower(letter))
      return "-" + s;
  std::vector<std::string> begun;
  for (const auto& l : longs)
    if (std::tolower(static_cast<unsigned char>(l[0])) == std::tolower(letter)) begun.push_back(l);
  return only(begun);
}

std::vector<const CLI::Option*> options_of(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  for (const auto* opt : app.get_options())
    if (opt->nonpositional()) out.push_back(opt);
  return out;
}

// The first NAME=VALUE after the subcommand whose NAME is a flag of `sub`
// (--recalc=maybe, -q=1): {NAME, VALUE}, or {"", ""} when there is none. A
// flag takes no value: CLI11 would read the value as true or false (or fail
// to, "`maybe` is not a number"), and --help=x would be ignored.
std::pair<std::string, std::string> flag_with_value(const CLI::App& sub, int argc, char** argv, int after) {
  if (sub.get_prefix_command()) return {};  // the hidden __complete: its words are a command line being typed
  for (int i = after + 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    auto eq = a.find('=');
    if (a.size() < 2 || a[0] != '-' || eq == std::string_view::npos) continue;
    std::string name(a.substr(0, eq));
    if (name.size() != 2 && name.rfind("--", 0) != 0) continue;  // -jN=...: not NAME=VALUE
    const CLI::Option* opt = sub.get_option_no_throw(name);
    if (opt && opt->get_expected_max() == 0) return {name, std::string(a.substr(eq + 1))};
  }
  return {};
}

// The first argument after the subcommand that looks like an option `sub`
// does not have ("" when none): what CLI11 calls an extra argument.
std::string unknown_option(const CLI::App& sub, int argc, char** argv, int after) {
  for (int i = after + 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") break;
    if (a.size() < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9')) continue;  // "-", a negative number
    std::string name = a.substr(0, a.find('='));
    if (name.size() > 2 && name[1] != '-') name = name.substr(0, 2);  // -j4: the option is -j
    if (!sub.get_option_no_throw(name)) return name;
  }
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  // Output cut short (`yplan ... | head -1`) ends quietly, without SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);

  // The language first: every word from here on (--help included) speaks it.
  yplan::cli::set_language_from_args(argc, argv);
  using yplan::tr;
  using yplan::trf;

  CLI::App app{tr("yplan: validate, report, diff and edit public policy plans written as YAML.\n"
                  "See yplan(1) and yplan-plan(5)."),
               "yplan"};
  app.formatter(yplan::cli::help_formatter());  // before the subcommands: they copy it
  yplan::cli::localize_help(app);               // after: it labels the formatter in use
  app.set_version_flag("--version", yplan::cli::kVersionText, tr("Display program version information and exit"));
  app.require_subcommand(1);
  app.fallthrough(false);

  std::string lang;  // already applied by set_language_from_args; accepted here too
  yplan::cli::add_lang_option(app, lang);

  int rc = yplan::cli::kExitClean;
  for (auto add : kCommands) {
    CLI::App* sub = add(app, rc);
    // A subcommand's help flag is made before it inherits the group name.
    if (auto* help = sub->get_help_ptr()) help->group(tr("Options"));
    if (!sub->get_group().empty()) sub->group(tr("Subcommands"));  // a hidden one (__complete) stays hidden
    // --lang means the same on every subcommand (applied above, before any
    // word was printed); those that print nothing of their own accept it too.
    if (!sub->get_option_no_throw("--lang")) yplan::cli::add_lang_option(*sub, lang);
    // --version is accepted after any subcommand too (`yplan validate --version`).
    sub->set_version_flag("--version", yplan::cli::kVersionText, tr("Display program version information and exit"));
  }

  // An unknown first word is a mistyped subcommand: say so, and suggest one.
  std::vector<std::string> names, visible;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
    if (!sub->get_group().empty()) visible.push_back(sub->get_name());  // not the hidden __complete
  }
  // The first word after the one option that may come first with a value,
  // --lang (`yplan --lang ja validat`): the subcommand, or a mistake.
  int w = 1;
  while (w < argc && (std::string_view(argv[w]) == "--lang" || std::string_view(argv[w]).rfind("--lang=", 0) == 0))
    w += std::string_view(argv[w]) == "--lang" ? 2 : 1;
  if (w < argc && argv[w][0] != '-' && std::find(names.begin(), names.end(), argv[w]) == names.end()) {
    std::string near = yplan::nearest(argv[w], visible);
    yplan::cli::usage_error("", near.empty() ? trf("unknown subcommand '{}'; name one of: {}", argv[w],
                                                   fmt::join(visible, ", "))
                                             : trf("unknown subcommand '{}'; did you mean '{}'?", argv[w], near));
    return yplan::cli::kExitTrouble;
  }
  if (w >= argc) {  // nothing (but --lang): say what to give, in words
    yplan::cli::usage_error("", trf("no subcommand given; name one of: {}", fmt::join(visible, ", ")));
    return yplan::cli::kExitTrouble;
  }
  // An option before any subcommand that yplan does not have: name it.
  if (argv[w][0] == '-') {
    const std::string first = argv[w];
    const std::string first_name = first.substr(0, first.find('='));
    if ((first_name == "-h" || first_name == "--help" || first_name == "--version") && first_name != first) {
      yplan::cli::usage_error("", trf("{} takes no value; remove `={}`", first_name, first.substr(first_name.size() + 1)));
      return yplan::cli::kExitTrouble;
    }
    if (first != "-h" && first != "--help" && first != "--version" && first != "--lang" &&
        first.rfind("--lang=", 0) != 0) {
      std::string near = suggest_option(first, options_of(app));
      yplan::cli::usage_error("", near.empty()
                                      ? trf("unknown option '{}'; put a subcommand's options after the subcommand",
                                            first)
                                      : trf("unknown option '{}'; did you mean '{}'?", first, near));
      return yplan::cli::kExitTrouble;
    }
  }
  // The subcommand a usage error belongs to ("" before any): its --help is the one to see.
  const std::string sub_name = std::find(names.begin(), names.end(), argv[w]) != names.end() ? argv[w] : "";
  // A flag given a value (--recalc=maybe): say it takes none, whatever the value.
  if (!sub_name.empty()) {
    auto [flag, value] = flag_with_value(*app.get_subcommand_ptr(sub_name), argc, argv, w);
    if (!flag.empty()) {
      yplan::cli::usage_error(sub_name, trf("{} takes no value; remove `={}`", flag, value));
      return yplan::cli::kExitTrouble;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ExtrasError& e) {
    // An option the subcommand does not have: name it, and the nearest it has.
    const CLI::App* sub = sub_name.empty() ? nullptr : app.get_subcommand_ptr(sub_name).get();
    std::string bad = sub ? unknown_option(*sub, argc, argv, w) : std::string();
    if (bad.empty()) {
      yplan::cli::usage_error(sub_name, yplan::cli::usage_error_text(e));
      return yplan::cli::kExitTrouble;
    }
    std::string near = suggest_option(bad, options_of(*sub));
    yplan::cli::usage_error(sub_name, near.empty()
                                          ? yplan::trf("unknown option '{}'; correct it or remove it", bad)
                                          : yplan::trf("unknown option '{}'; did you mean '{}'?", bad, near));
    return yplan::cli::kExitTrouble;
  } catch (const CLI::ArgumentMismatch& e) {
    // "--git: At least 2 required but received 1": say what the option takes.
    const CLI::App* sub = sub_name.empty() ? nullptr : app.get_subcommand_ptr(sub_name).get();
    std::string what = e.what();
    const CLI::Option* opt = sub ? sub->get_option_no_throw(what.substr(0, what.find(':'))) : nullptr;
    if (opt) {
      std::string name = opt->get_lnames().empty() ? opt->get_name() : "--" + opt->get_lnames().front();
      std::string metavar = opt->get_option_text();
      if (metavar.empty())
        for (char c : name.substr(name.find_first_not_of('-'))) metavar += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      yplan::cli::usage_error(sub_name, opt->get_expected_min() == 1
                                            ? yplan::trf("{} needs a value; give {} after it", name, metavar)
                                            : yplan::trf("{} takes {} values; give {} after it", name,
                                                         opt->get_expected_min(), metavar));
    } else {
      yplan::cli::usage_error(sub_name, yplan::cli::usage_error_text(e));
    }
    return yplan::cli::kExitTrouble;
  } catch (const CLI::ParseError& e) {
    // Usage errors: one line on stderr and exit 2, as the contract says.
    yplan::cli::usage_error(sub_name, yplan::cli::usage_error_text(e));
    return yplan::cli::kExitTrouble;
  }
  std::cout.flush();
  if (!std::cout) {
    const int why = errno;
    // A reader that went away (`yplan ... | head -1`: a pipe or socket) is not
    // the user's problem. Anything else (a full disk, a device error) is: the
    // output is incomplete, so say so and exit 2, never 0.
    struct stat st {};
    if (::fstat(STDOUT_FILENO, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) return rc;
    yplan::cli::error_line(why ? trf("cannot write to standard output: {}", tr(std::strerror(why)))
                               : std::string(tr("cannot write to standard output")));
    return yplan::cli::kExitTrouble;
  }
  return rc;
}

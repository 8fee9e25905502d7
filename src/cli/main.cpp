// yplan: validate, report, diff and edit public policy plans written as YAML.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
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
    yplan::cli::add_schema,
    yplan::cli::add_complete,
};

}  // namespace

int main(int argc, char** argv) {
  // Output cut short (`yplan ... | head -1`) ends quietly, without SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);

  CLI::App app{"yplan: validate, report, diff and edit public policy plans written as YAML.\n"
               "See yplan(1) and yplan-plan(5).",
               "yplan"};
  app.set_version_flag("--version", "yplan 0.1.0 (plan format 1)");
  app.require_subcommand(1);
  app.fallthrough(false);

  int rc = yplan::cli::kExitClean;
  for (auto add : kCommands) add(app, rc);

  // An unknown first word is a mistyped subcommand: say so, and suggest one.
  std::vector<std::string> names, visible;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
    if (!sub->get_group().empty()) visible.push_back(sub->get_name());  // not the hidden __complete
  }
  if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
    std::string near = yplan::nearest(argv[1], visible);
    yplan::cli::error_line(fmt::format("unknown subcommand '{}'{}", argv[1],
                                       near.empty() ? "" : fmt::format("; did you mean '{}'?", near)));
    std::cerr << "Run 'yplan --help' for the list of subcommands.\n";
    return yplan::cli::kExitTrouble;
  }
  // An option before any subcommand that yplan does not have: name it.
  if (argc > 1 && argv[1][0] == '-') {
    const std::string first = argv[1];
    if (first != "-h" && first != "--help" && first != "--version") {
      yplan::cli::error_line(fmt::format("unknown option '{}'; options go after the subcommand", first));
      std::cerr << "Run 'yplan --help' for the list of subcommands.\n";
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
  } catch (const CLI::ParseError& e) {
    // Usage errors: one line on stderr and exit 2, as the contract says.
    yplan::cli::error_line(e.what());
    std::cerr << "Run with --help for more information.\n";
    return yplan::cli::kExitTrouble;
  }
  std::cout.flush();
  if (!std::cout) return rc;  // a closed pipe is not the user's problem
  return rc;
}

// yplan help [SUBCOMMAND]: the same text as --help, as git and cargo offer it.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"

namespace yplan::cli {

CLI::App* add_help(CLI::App& app, int& rc) {
  auto topic = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("help", tr("Print the help of yplan, or of a subcommand"));
  sub->footer(tr("`yplan help validate` prints what `yplan validate --help` prints. See yplan(1)."));
  sub->add_option("subcommand", *topic, tr("The subcommand to explain"));
  sub->callback([&app, topic, &rc] {
    // (App::help() would describe `help` itself: it follows the subcommand parsed.)
    auto formatter = app.get_formatter();
    if (topic->empty()) {
      std::cout << formatter->make_help(&app, "yplan", CLI::AppFormatMode::Normal);
      rc = kExitClean;
      return;
    }
    std::vector<std::string> visible;
    for (const auto* s : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (s->get_name() == *topic) {
        std::cout << formatter->make_help(s, "yplan " + s->get_name(), CLI::AppFormatMode::Normal);
        rc = kExitClean;
        return;
      }
      if (!s->get_group().empty()) visible.push_back(s->get_name());  // not the hidden __complete
    }
    std::string near = nearest(*topic, visible);
    usage_error("help", near.empty() ? trf("no subcommand '{}'; name one of: {}", *topic, fmt::join(visible, ", "))
                                     : trf("no subcommand '{}'; did you mean '{}'?", *topic, near),
                true);
    rc = kExitTrouble;
  });
  return sub;
}

CLI::App* add_version(CLI::App& app, int& rc) {
  auto* sub = app.add_subcommand("version", tr("Print yplan's version and the plan format it reads"));
  sub->callback([&rc] {
    std::cout << kVersionText << '\n';
    rc = kExitClean;
  });
  return sub;
}

}  // namespace yplan::cli

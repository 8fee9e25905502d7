// yplan schema: the plan format as a JSON Schema, for editors.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/i18n.hpp"
#include "yplan/schema.hpp"

namespace yplan::cli {

CLI::App* add_schema(CLI::App& app, int& rc) {
  auto* sub = app.add_subcommand("schema", tr("Print the plan format as a JSON Schema (draft 2020-12), for editors"));
  sub->footer(tr("Made from the key table the loader reads, so it cannot drift from yplan validate.\n"
                 "Use it with yaml-language-server; see yplan-schema(1) and yplan-plan(5)."));
  sub->callback([&rc] {
    std::cout << plan_schema().dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    rc = kExitClean;
  });
  return sub;
}

}  // namespace yplan::cli

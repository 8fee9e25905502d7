// The subcommands. Each file in src/cli/ adds one; main.cpp lists them in
// one table.
#pragma once

#include <CLI/CLI.hpp>

namespace yplan::cli {

// Adds the subcommand to `app`. When it runs, it stores its exit code in `rc`.
using AddCommand = CLI::App* (*)(CLI::App& app, int& rc);

CLI::App* add_validate(CLI::App& app, int& rc);
CLI::App* add_report(CLI::App& app, int& rc);
CLI::App* add_diff(CLI::App& app, int& rc);
CLI::App* add_get(CLI::App& app, int& rc);
CLI::App* add_set(CLI::App& app, int& rc);
CLI::App* add_lsp(CLI::App& app, int& rc);
CLI::App* add_fix(CLI::App& app, int& rc);
CLI::App* add_export(CLI::App& app, int& rc);  // export.cpp
CLI::App* add_import(CLI::App& app, int& rc);  // import.cpp
CLI::App* add_help(CLI::App& app, int& rc);     // help.cpp, with version
CLI::App* add_version(CLI::App& app, int& rc);
CLI::App* add_schema(CLI::App& app, int& rc);
// Hidden: `yplan __complete WORDS...`, the candidates for shell completion.
CLI::App* add_complete(CLI::App& app, int& rc);

}  // namespace yplan::cli

// What the subcommands share: exit codes, colour, option validators.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "yplan/source.hpp"

namespace yplan::cli {

// Exit codes (the contract): 0 clean, 1 findings / differences, 2 usage or I/O error.
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitTrouble = 2;

// --color auto|always|never; auto honours NO_COLOR, TERM=dumb and whether
// standard output is a terminal.
bool use_color(const std::string& mode);
void add_color_option(CLI::App& app, std::string& mode);

// Validates a check name, suggesting the nearest one on a typo.
CLI::Validator check_name_validator();

// "ja" when LC_ALL, LC_MESSAGES or LANG (the first set) starts with "ja", else "en".
std::string default_lang();

// Columns of the terminal on standard output; 100 when it is not a terminal.
size_t terminal_width();

// --ambiguous-width 1|2: how wide the terminal draws East Asian Ambiguous
// characters (①, △, ※, ○, —). 0 (not given): YPLAN_AMBIGUOUS_WIDTH when it
// is 1 or 2, else 1. Sets text.hpp's set_ambiguous_width.
void add_ambiguous_width_option(CLI::App& app, int& columns);
void apply_ambiguous_width(int columns);

// Prints "yplan: MESSAGE" on standard error.
void error_line(const std::string& message);

// "yplan: cannot read 'PATH': WHY", the one line for a file that cannot be read.
void cannot_read(const std::string& path, const std::string& why);

// Reads a file (or - for standard input); on failure prints cannot_read and returns false.
bool read_input(const std::string& path, SourceFile& out);

}  // namespace yplan::cli

// What the subcommands share: exit codes, colour, option validators.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "yplan/source.hpp"

namespace yplan::cli {

// Exit codes (the contract): 0 clean, 1 findings / differences, 2 usage or I/O error.
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitTrouble = 2;

// What `yplan version` and `--version` (anywhere) print.
constexpr const char* kVersionText = "yplan 0.1.0 (plan format 1)";

// --help without CLI11's generator words (TEXT:{a,b}=a, UINT:INT in [1 - 9],
// x 2, REQUIRED): an option shows its option_text() or its name in capitals
// (--format FORMAT), a positional its name; a default is said in words.
std::shared_ptr<CLI::FormatterBase> help_formatter();

// A whole number from lo to hi, for options such as --width and --jobs:
// "`abc` is not a number" rather than CLI11's conversion error.
CLI::Validator whole_number(long lo, long hi);

// The flags each subcommand that can use them shares (the same flag means
// the same thing everywhere).
// -q,--quiet with the subcommand's own description of what it leaves out.
void add_quiet_flag(CLI::App& app, bool& quiet, const std::string& description);

// --color auto|always|never; auto honours NO_COLOR, TERM=dumb and whether
// standard output is a terminal.
bool use_color(const std::string& mode);
void add_color_option(CLI::App& app, std::string& mode);

// Validates a check name, suggesting the nearest one on a typo.
CLI::Validator check_name_validator();

// "ja" when LC_ALL, LC_MESSAGES or LANG (the first set) starts with "ja", else "en".
std::string default_lang();

// Sets the message language before any subcommand is built (so --help and
// usage errors speak it too): the last `--lang ja|en` / `--lang=ja|en` in
// argv, else default_lang(). An invalid value is left to --lang's validator.
void set_language_from_args(int argc, char** argv);

// --lang ja|en on a subcommand (its value was already applied by
// set_language_from_args; the option is there to be accepted and validated).
void add_lang_option(CLI::App& app, std::string& lang);

// CLI11's own words in --help (Usage, OPTIONS, REQUIRED, ...) and the help
// and version flags' descriptions, in the current language.
void localize_help(CLI::App& app);

// Columns of the terminal on standard output; 100 when it is not a terminal.
size_t terminal_width();

// CLI11's message for a usage error in yplan's words and the current
// language (CLI11 writes its own English; its sentences are recognised and
// reworded as "what is wrong; what to do").
std::string usage_error_text(const CLI::ParseError& e);

// --ambiguous-width 1|2: how wide the terminal draws East Asian Ambiguous
// characters (①, △, ※, ○, —). 0 (not given): YPLAN_AMBIGUOUS_WIDTH when it
// is 1 or 2, else 1. Sets text.hpp's set_ambiguous_width.
void add_ambiguous_width_option(CLI::App& app, int& columns);
void apply_ambiguous_width(int columns);

// Prints "yplan: MESSAGE" on standard error.
void error_line(const std::string& message);

// A usage error, in the one style of every subcommand (and of CLI11's
// messages, reworded): one line on standard error,
//   yplan: SUB: WHAT IS WRONG; WHAT TO DO (see yplan SUB --help)
// `message` is "what is wrong; what to do". `sub` empty: a mistake before
// any subcommand, "yplan: MESSAGE (see yplan --help)"; `see_top`: the help
// to see is yplan --help's list of subcommands (yplan help NAME). The
// caller exits 2.
void usage_error(std::string_view sub, const std::string& message, bool see_top = false);

// "yplan: cannot read 'PATH': WHY", the one line for a file that cannot be read.
void cannot_read(const std::string& path, const std::string& why);

// Reads a file (or - for standard input); on failure prints cannot_read and returns false.
bool read_input(const std::string& path, SourceFile& out);

}  // namespace yplan::cli

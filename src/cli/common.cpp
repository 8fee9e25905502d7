#include "common.hpp"
#include "yplan/i18n.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

#include "yplan/checks.hpp"
#include "yplan/text.hpp"

namespace yplan::cli {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

void add_color_option(CLI::App& app, std::string& mode) {
  app.add_option("--color", mode, "Colour the output: auto (a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");
}

CLI::Validator check_name_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (find_check(name)) return {};
        std::vector<std::string_view> names;
        for (const auto& c : all_checks()) names.push_back(c.name);
        std::string near = nearest(name, std::span<const std::string_view>(names));
        return fmt::format("unknown check `{}`{}; `yplan validate --list-checks` names them all", name,
                           near.empty() ? "" : fmt::format(" (did you mean `{}`?)", near));
      },
      "CHECK");
}

std::string default_lang() { return language_from_env() == Lang::ja ? "ja" : "en"; }

size_t terminal_width() {
  struct winsize ws {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 100;
}

void add_ambiguous_width_option(CLI::App& app, int& columns) {
  app.add_option("--ambiguous-width", columns,
                 "Columns the terminal draws ①, △, ※, ○, — in: 1 or 2 (default: $YPLAN_AMBIGUOUS_WIDTH, else 1)")
      ->check(CLI::IsMember({1, 2}));
}

void apply_ambiguous_width(int columns) {
  if (columns == 0) {
    const char* env = std::getenv("YPLAN_AMBIGUOUS_WIDTH");
    columns = env && std::string_view(env) == "2" ? 2 : 1;
  }
  set_ambiguous_width(columns);
}

void error_line(const std::string& message) { std::cerr << "yplan: " << message << '\n'; }

void cannot_read(const std::string& path, const std::string& why) {
  error_line(fmt::format("cannot read '{}': {}", path, why));
}

bool read_input(const std::string& path, SourceFile& out) {
  std::string why;
  if (read_source(path, out, why)) return true;
  cannot_read(path, why);
  return false;
}

}  // namespace yplan::cli

#include "common.hpp"
#include "yplan/i18n.hpp"

#include <cctype>
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
      ->option_text("WHEN")
      ->default_val("auto");
}

void add_quiet_flag(CLI::App& app, bool& quiet, const std::string& description) {
  app.add_flag("-q,--quiet", quiet, description);
}

namespace {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_opts(const CLI::Option* opt) const override {
    if (!opt->nonpositional()) return {};  // a positional: its name says it
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    if (opt->get_type_name().empty()) return {};  // a flag (CLI11 gives flags no type)
    std::string name = opt->get_lnames().empty() ? opt->get_name(false, false) : opt->get_lnames().front();
    for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return " " + name;
  }
  std::string make_option_desc(const CLI::Option* opt) const override {
    std::string desc = opt->get_description();
    // Positionals have no default worth saying; flags' default is "off".
    if (opt->nonpositional() && !opt->get_type_name().empty() && !opt->get_default_str().empty())
      desc += " " + trf("(default: {})", opt->get_default_str());
    return desc;
  }
  std::string make_option_name(const CLI::Option* opt, bool positional) const override {
    if (!positional) return opt->get_name(false, true);
    bool many = opt->get_expected_max() >= CLI::detail::expected_max_vector_size;
    return opt->get_name(true, false) + (many ? "..." : "");
  }
  std::string make_option_usage(const CLI::Option* opt) const override {
    std::string out = opt->get_name(true, false);
    if (opt->get_expected_max() >= CLI::detail::expected_max_vector_size) out += "...";
    return opt->get_required() ? out : "[" + out + "]";
  }
};

}  // namespace

std::shared_ptr<CLI::FormatterBase> help_formatter() {
  auto f = std::make_shared<HelpFormatter>();
  f->column_width(24);
  f->label("OPTIONS", "OPTIONS");
  return f;
}

CLI::Validator whole_number(long lo, long hi) {
  return CLI::Validator(
      [lo, hi](std::string& text) -> std::string {
        std::string rule = trf("give a whole number from {} to {}", lo, hi);
        if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
          return trf("`{}` is not a number; {}", text, rule);
        if (text.size() > 9 || std::stol(text) < lo || std::stol(text) > hi)
          return trf("{} is out of range; {}", text, rule);
        return {};
      },
      "N");
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

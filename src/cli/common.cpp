#include "common.hpp"
#include "yplan/i18n.hpp"

#include <cctype>
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <regex>
#include <sstream>
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
  app.add_option("--color", mode, tr("Colour the output: auto (a terminal, unless NO_COLOR is set), always, never"))
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
        if (near.empty()) return trf("unknown check `{}`; `yplan validate --list-checks` names them all", name);
        return trf("unknown check `{}` (did you mean `{}`?); `yplan validate --list-checks` names them all", name,
                   near);
      },
      "CHECK");
}

std::string default_lang() { return language_from_env() == Lang::ja ? "ja" : "en"; }

void set_language_from_args(int argc, char** argv) {
  Lang lang = language_from_env();
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    Lang l;
    if (a == "--lang" && i + 1 < argc && parse_language(argv[i + 1], l)) lang = l;
    else if (a.rfind("--lang=", 0) == 0 && parse_language(std::string(a.substr(7)), l)) lang = l;
  }
  set_language(lang);
}

void add_lang_option(CLI::App& app, std::string& lang) {
  app.add_option("--lang", lang, tr("Language of messages: en or ja (default from LC_ALL / LC_MESSAGES / LANG)"))
      ->check(CLI::IsMember({"en", "ja"}));
}

void localize_help(CLI::App& app) {
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  if (language() == Lang::en) return;  // CLI11's own words are English already
  auto f = app.get_formatter();
  f->label("Usage", tr("Usage"));
  f->label("OPTIONS", tr("OPTIONS"));
  f->label("SUBCOMMAND", tr("SUBCOMMAND"));
  f->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  f->label("REQUIRED", tr("REQUIRED"));
  f->label("Positionals", tr("Positionals"));
}

std::string usage_error_text(const CLI::ParseError& e) {
  std::string m = e.what();
  std::smatch g;
  // {text,json,github} → "text, json, github"
  auto choices = [](std::string set) {
    if (set.size() >= 2 && set.front() == '{' && set.back() == '}') set = set.substr(1, set.size() - 2);
    std::string out;
    for (char c : set) out += c == ',' ? std::string(", ") : std::string(1, c);
    return out;
  };
  if (std::regex_match(m, g, std::regex("(.*) is required")))
    return g[1] == "A subcommand" ? std::string(tr("no subcommand given; name one"))
                                  : trf("{} is required; give it", g[1].str());
  if (std::regex_match(m, g, std::regex("The following arguments? (was|were) not expected: (.*)"))) {
    if (g[1] == "was") return trf("unexpected argument `{}`; remove it", g[2].str());
    // CLI11 lists them last first, separated by spaces: `a`, `b` in command-line order.
    std::vector<std::string> args;
    std::istringstream words(g[2].str());
    for (std::string a; words >> a;) args.insert(args.begin(), "`" + a + "`");
    return trf("unexpected arguments {}; remove them", fmt::join(args, ", "));
  }
  if (std::regex_match(m, g, std::regex("(.*): (.*) not in \\{([^,]*)\\}")))  // one choice: no "one of"
    return trf("{} does not take `{}`; give `{}`, the only value it takes", g[1].str(), g[2].str(), g[3].str());
  if (std::regex_match(m, g, std::regex("(.*): (.*) not in (\\{.*\\})")))
    return trf("{}: `{}` is not allowed; give one of {}", g[1].str(), g[2].str(), choices(g[3].str()));
  if (std::regex_match(m, g, std::regex("(.*): Value (.*) not in range (.*) to (.*)")))
    return trf("{}: {} is out of range; give a number from {} to {}", g[1].str(), g[2].str(), g[3].str(),
               g[4].str());
  if (std::regex_match(m, g, std::regex("(.*): ([0-9]+) required (.*) missing")))
    return trf("{}: {} value(s) missing; give them after the option", g[1].str(), g[2].str());
  if (std::regex_match(m, g, std::regex("Could not convert: (.*) = (.*)")))
    return trf("{}: `{}` is not a number; give a number", g[1].str(), g[2].str());
  if (std::regex_match(m, g, std::regex("(.*): Failed parsing (.*) as a (.*)")))
    return trf("{}: `{}` is not a number; give a number", g[1].str(), g[2].str());
  return m;
}

size_t terminal_width() {
  struct winsize ws {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 100;
}

void add_ambiguous_width_option(CLI::App& app, int& columns) {
  app.add_option("--ambiguous-width", columns,
                 tr("Columns the terminal draws ①, △, ※, ○, — in: 1 or 2 (default: $YPLAN_AMBIGUOUS_WIDTH, else 1)"))
      ->check(CLI::IsMember({1, 2}))
      ->option_text("1|2");
}

void apply_ambiguous_width(int columns) {
  if (columns == 0) {
    const char* env = std::getenv("YPLAN_AMBIGUOUS_WIDTH");
    columns = env && std::string_view(env) == "2" ? 2 : 1;
  }
  set_ambiguous_width(columns);
}

void error_line(const std::string& message) { std::cerr << "yplan: " << message << '\n'; }

void usage_error(std::string_view sub, const std::string& message, bool see_top) {
  if (sub.empty()) error_line(trf("{} (see yplan --help)", message));
  else if (see_top) error_line(fmt::format("{}: {}", sub, trf("{} (see yplan --help)", message)));
  else error_line(trf("{}: {} (see yplan {} --help)", sub, message, sub));
}

void cannot_read(const std::string& path, const std::string& why) {
  error_line(trf("cannot read '{}': {}", path, why));
}

bool read_input(const std::string& path, SourceFile& out) {
  std::string why;
  if (read_source(path, out, why)) return true;
  cannot_read(path, why);
  return false;
}

}  // namespace yplan::cli

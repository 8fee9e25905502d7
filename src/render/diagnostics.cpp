#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

#include "render/artifact.hpp"
#include "render/xml.hpp"
#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"
#include "yplan/render.hpp"
#include "yplan/text.hpp"

namespace yplan {

namespace {
std::string counted(size_t n, const std::string& pattern) { return fmt::format(fmt::runtime(pattern), n); }
}  // namespace

std::string summary_line(const Validation& v) {
  return trf("{}, {} in {}", counted(v.errors(), ntr("{} error", "{} errors", v.errors())),
             counted(v.warnings(), ntr("{} warning", "{} warnings", v.warnings())),
             counted(v.files.size(), ntr("{} file", "{} files", v.files.size())));
}


void render_text(std::ostream& out, const Validation& v, bool color, bool quiet) {
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  if (!quiet) {
    for (const auto& d : v.diagnostics) {
      const char* sev = color ? (d.severity == Severity::error ? "\033[1;31m" : "\033[1;33m") : "";
      out << bold << escape_control(d.file) << ':' << d.pos.line << ':' << d.pos.col << ':' << reset << ' ' << sev
          << severity_name(d.severity) << '[' << d.check << "]:" << reset << ' ' << escape_control(d.message) << '\n';
      // How to fix it, indented under the finding (as rustc and ruff print it).
      if (!d.help.empty())
        out << "  " << (color ? "\033[1;36m" : "") << "help:" << reset << ' ' << escape_control(d.help) << '\n';
    }
    // What the run could not do (a followed plan not given): not findings.
    for (const auto& n : v.notes)
      out << bold << escape_control(n.file) << ':' << n.pos.line << ':' << n.pos.col << ':' << reset << ' '
          << (color ? "\033[1;36m" : "") << "note:" << reset << ' ' << escape_control(n.message) << '\n';
  }
  out << summary_line(v) << '\n';
}

void render_json(std::ostream& out, const Validation& v) {
  using json = nlohmann::ordered_json;
  json diags = json::array();
  for (const auto& d : v.diagnostics) {
    diags.push_back(json{{"file", d.file},
                         {"line", d.pos.line},
                         {"column", d.pos.col},
                         {"severity", severity_name(d.severity)},
                         {"check", d.check},
                         {"path", d.path},
                         {"message", d.message},
                         {"help", d.help}});
  }
  json doc{{"diagnostics", diags},
           {"summary", json{{"files", v.files.size()}, {"errors", v.errors()}, {"warnings", v.warnings()}}}};
  // Notes (a followed plan not given) only when there are some: they are not findings.
  if (!v.notes.empty()) {
    json notes = json::array();
    for (const auto& n : v.notes)
      notes.push_back(json{{"file", n.file}, {"line", n.pos.line}, {"column", n.pos.col}, {"path", n.path},
                           {"message", n.message}});
    doc["notes"] = notes;
  }
  // Invalid UTF-8 never reaches here (the loader rejects it), but be safe.
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

namespace {
// Control characters escaped except CR and LF (which GitHub encodes).
std::string escape_control_keep_lines(std::string_view s) {
  std::string o;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != '\n' && s[i] != '\r') continue;
    o += escape_control(s.substr(start, i - start));
    if (i < s.size()) o += s[i];
    start = i + 1;
  }
  return o;
}
// Workflow command escaping (as in @actions/core): data escapes %, CR, LF;
// property values also escape ':' and ','.
// Other control characters (ESC, U+0001, C1) are shown escaped, never
// passed to the log, where they would drive the terminal or hide text.
std::string gh_data(std::string_view s) {
  std::string o;
  for (char c : escape_control_keep_lines(s)) {
    if (c == '%') o += "%25";
    else if (c == '\r') o += "%0D";
    else if (c == '\n') o += "%0A";
    else o += c;
  }
  return o;
}
std::string gh_prop(std::string_view s) {
  std::string o;
  for (char c : gh_data(s)) {
    if (c == ':') o += "%3A";
    else if (c == ',') o += "%2C";
    else o += c;
  }
  return o;
}
}  // namespace

void render_github(std::ostream& out, const Validation& v, const std::string& root) {
  for (const auto& d : v.diagnostics) {
    // The path code scanning's SARIF names (artifact.hpp): from the repository's root.
    out << "::" << severity_name(d.severity) << " file=" << gh_prop(render::artifact_path(d.file, root).path)
        << ",line=" << d.pos.line << ",col=" << d.pos.col;
    // Where the node ends, when known: GitHub's columns are inclusive and on
    // one line only (a region over lines gives its lines alone).
    if (d.end.line > 0) {
      out << ",endLine=" << d.end.line;
      if (d.end.line == d.pos.line && d.end.col > d.pos.col) out << ",endColumn=" << d.end.col - 1;
    }
    out << ",title=" << gh_prop(d.check) << "::" << gh_data(d.message) << '\n';
  }
  for (const auto& n : v.notes)
    out << "::notice file=" << gh_prop(n.file) << ",line=" << n.pos.line << ",col=" << n.pos.col
        << "::" << gh_data(n.message) << '\n';
  out << summary_line(v) << '\n';
}

namespace {
std::string xml(std::string_view s) { return render::xml_escape(s); }
std::string line_of(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}[{}]: {}", d.file, d.pos.line, d.pos.col, severity_name(d.severity), d.check,
                     d.message);
}
}  // namespace

void render_junit(std::ostream& out, const Validation& v, const std::vector<std::string>& skipped) {
  std::vector<std::string_view> checks;
  for (const auto& c : all_checks())
    if (std::find(skipped.begin(), skipped.end(), c.name) == skipped.end()) checks.push_back(c.name);

  std::map<std::string, std::map<std::string_view, std::vector<const Diagnostic*>>> by_file;
  for (const auto& d : v.diagnostics) by_file[d.file][d.check].push_back(&d);

  // A file that does not parse ran no other check: those are skipped, never passed.
  auto unparsed = [&](const std::string& file) {
    auto it = by_file.find(file);
    return it != by_file.end() && it->second.count("parse");
  };
  size_t tests = checks.size() * v.files.size();
  size_t skipped_total = 0;
  for (const auto& file : v.files)
    if (unparsed(file))
      for (auto check : checks) skipped_total += check != "parse";
  size_t failures = 0;
  for (const auto& [file, per_check] : by_file)
    for (const auto& [check, ds] : per_check)
      if (std::any_of(ds.begin(), ds.end(), [](auto* d) { return d->severity == Severity::error; })) ++failures;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // `skipped` only when some were (the attribute is optional in JUnit XML).
  auto skipped_attr = [](size_t n) { return n ? fmt::format(" skipped=\"{}\"", n) : std::string(); };
  out << fmt::format("<testsuites name=\"yplan validate\" tests=\"{}\" failures=\"{}\" errors=\"0\"{}>\n", tests,
                     failures, skipped_attr(skipped_total));
  for (const auto& file : v.files) {
    const auto& per_check = by_file[file];
    size_t file_failures = 0;
    for (const auto& [check, ds] : per_check)
      if (std::any_of(ds.begin(), ds.end(), [](auto* d) { return d->severity == Severity::error; }))
        ++file_failures;
    const bool skip_rest = unparsed(file);
    const size_t file_skipped = skip_rest ? checks.size() - static_cast<size_t>(std::count(checks.begin(), checks.end(), "parse")) : 0;
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\"{}>\n", xml(file),
                       checks.size(), file_failures, skipped_attr(file_skipped));
    for (auto check : checks) {
      out << fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml(file), xml(check));
      if (skip_rest && check != "parse") {
        out << fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                           xml(tr("not run: the file does not parse")));
        continue;
      }
      auto it = per_check.find(check);
      if (it == per_check.end()) {
        out << "/>\n";
        continue;
      }
      out << ">\n";
      std::string errors, warnings;
      const Diagnostic* first_error = nullptr;
      for (const auto* d : it->second) {
        if (d->severity == Severity::error) {
          if (!first_error) first_error = d;
          errors += line_of(*d) + "\n";
        } else {
          warnings += line_of(*d) + "\n";
        }
      }
      if (first_error)
        out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml(check),
                           xml(first_error->message), xml(errors));
      if (!warnings.empty()) out << fmt::format("      <system-out>{}</system-out>\n", xml(warnings));
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace yplan

// Shared helpers for the unit tests: build a source from an inline string,
// load it, run the checks, and print diagnostics in one exact, comparable line.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "yplan/checks.hpp"
#include "yplan/diagnostic.hpp"
#include "yplan/loader.hpp"
#include "yplan/model.hpp"
#include "yplan/source.hpp"
#include "yplan/validate.hpp"

// Lets doctest print the compared lists when a CHECK fails.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ",\n  \"" : "\n  \"") + v[i] + "\"";
    s += v.empty() ? "}" : "\n}";
    return String(s.c_str());
  }
};
}  // namespace doctest

namespace yplan_test {

// SourceFile is not an aggregate (it keeps a private line table), so set the
// fields and build the table.
inline yplan::SourceFile source(std::string text, std::string path = "t.yaml") {
  yplan::SourceFile src;
  src.path = std::move(path);
  src.text = std::move(text);
  src.index_lines();
  return src;
}

// "LINE:COL SEVERITY[CHECK] PATH: MESSAGE": every field of a diagnostic but
// the file, so one CHECK compares all of them exactly.
inline std::string show(const yplan::Diagnostic& d) {
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " +
         yplan::severity_name(d.severity) + "[" + d.check + "] " + d.path + ": " + d.message;
}

inline std::vector<std::string> show_all(const std::vector<yplan::Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(show(d));
  return out;
}

struct Loaded {
  yplan::Plan plan;
  std::vector<yplan::Diagnostic> diags;  // loader findings only
  bool parsed = false;
};

// Parses and loads; the findings of parse, schema, year-format, value-format.
inline Loaded load(const std::string& text, const std::string& path = "t.yaml") {
  Loaded out;
  auto src = source(text, path);
  yplan::Sink sink(path);
  out.parsed = yplan::load_plan(src, out.plan, sink);
  out.diags = sink.diagnostics();
  yplan::sort_diagnostics(out.diags);
  return out;
}

// Loads and runs every check; all findings, sorted.
inline std::vector<yplan::Diagnostic> check_all(const std::string& text, const std::string& path = "t.yaml") {
  auto src = source(text, path);
  yplan::Sink sink(path);
  yplan::Plan plan;
  if (yplan::load_plan(src, plan, sink)) yplan::run_checks(plan, sink);
  auto diags = sink.diagnostics();
  yplan::sort_diagnostics(diags);
  return diags;
}

// Only the findings of one check.
inline std::vector<yplan::Diagnostic> only(const std::vector<yplan::Diagnostic>& ds, const std::string& check) {
  std::vector<yplan::Diagnostic> out;
  for (const auto& d : ds)
    if (d.check == check) out.push_back(d);
  return out;
}

// The findings of one check on a plan, as shown lines.
inline std::vector<std::string> findings(const std::string& text, const std::string& check) {
  return show_all(only(check_all(text), check));
}

// Checks other than `check` that found something (to keep fixtures honest).
inline std::vector<std::string> others(const std::string& text, const std::string& check) {
  std::vector<std::string> out;
  for (const auto& d : check_all(text))
    if (d.check != check) out.push_back(show(d));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace yplan_test

#include "yplan/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace yplan {

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

Diagnostic& Sink::add(Severity severity, std::string check, Pos pos, std::string path, std::string message) {
  Diagnostic d;
  d.file = file_;
  d.pos = pos;
  d.severity = severity;
  d.check = std::move(check);
  d.path = std::move(path);
  d.message = std::move(message);
  diags_.push_back(std::move(d));
  return diags_.back();
}

void sort_diagnostics(std::vector<Diagnostic>& diags) {
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.pos.line, a.pos.col, a.check) < std::tie(b.file, b.pos.line, b.pos.col, b.check);
  });
}

}  // namespace yplan

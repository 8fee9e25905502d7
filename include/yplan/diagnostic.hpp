// Findings of the loader and the checks, and the sink that collects them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "yplan/source.hpp"

namespace yplan {

enum class Severity { warning, error };

const char* severity_name(Severity s);

// A certain fix a finding may carry (as ruff's rules do): `path` (a contract
// path, as `yplan set` takes it) gets `value` (as a user would write it to
// `set`; the editor keeps the old value's notation). `yplan fix`, `set
// --recalc` and the language server's quick fixes apply the same fixes.
struct Fix {
  std::string path;
  std::string value;
};

struct Diagnostic {
  std::string file;
  Pos pos;
  Pos end;              // end of the offending node (exclusive); unknown (0) when not tracked
  Severity severity = Severity::error;
  std::string check;    // a name from the check table ("budget-total", ...)
  std::string path;     // contract path of the offending node ("kpi.x.targets.R3")
  std::string message;   // in the current language (yplan/i18n.hpp)
  std::string help;      // how to fix it, one line, in the current language; "" when none
  std::vector<Fix> fixes;  // certain fixes; empty when a human must decide
};

// Collects diagnostics for one file.
class Sink {
 public:
  explicit Sink(std::string file) : file_(std::move(file)) {}

  // Each returns the finding added, so that a caller can set its help or fixes.
  Diagnostic& add(Severity severity, std::string check, Pos pos, std::string path,
                  std::string message);
  Diagnostic& error(std::string check, Pos pos, std::string path, std::string message) {
    return add(Severity::error, std::move(check), pos, std::move(path), std::move(message));
  }
  Diagnostic& warning(std::string check, Pos pos, std::string path, std::string message) {
    return add(Severity::warning, std::move(check), pos, std::move(path), std::move(message));
  }

  // Checks whose fixes are offered only on request (FixKind::on_request in
  // the check table) attach them only when their name was given here.
  void offer_fixes(std::string check) { offered_.push_back(std::move(check)); }
  bool fixes_offered(std::string_view check) const {
    for (const auto& c : offered_)
      if (c == check) return true;
    return false;
  }

  const std::string& file() const { return file_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }

 private:
  std::string file_;
  std::vector<Diagnostic> diags_;
  std::vector<std::string> offered_;
};

// Sort by file, line, column, then check name, so output is deterministic.
void sort_diagnostics(std::vector<Diagnostic>& diags);

}  // namespace yplan

// Findings of the loader and the checks, and the sink that collects them.
#pragma once

#include <string>
#include <vector>

#include "yplan/source.hpp"

namespace yplan {

enum class Severity { warning, error };

const char* severity_name(Severity s);

struct Diagnostic {
  std::string file;
  Pos pos;
  Severity severity = Severity::error;
  std::string check;    // a name from the check table ("budget-total", ...)
  std::string path;     // contract path of the offending node ("kpi.x.targets.R3")
  std::string message;
};

// Collects diagnostics for one file.
class Sink {
 public:
  explicit Sink(std::string file) : file_(std::move(file)) {}

  void add(Severity severity, std::string check, Pos pos, std::string path,
           std::string message);
  void error(std::string check, Pos pos, std::string path, std::string message) {
    add(Severity::error, std::move(check), pos, std::move(path), std::move(message));
  }
  void warning(std::string check, Pos pos, std::string path, std::string message) {
    add(Severity::warning, std::move(check), pos, std::move(path), std::move(message));
  }

  const std::string& file() const { return file_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }

 private:
  std::string file_;
  std::vector<Diagnostic> diags_;
};

// Sort by file, line, column, then check name, so output is deterministic.
void sort_diagnostics(std::vector<Diagnostic>& diags);

}  // namespace yplan

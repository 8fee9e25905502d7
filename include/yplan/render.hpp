// Renderers for validation results: one function per output format.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "yplan/validate.hpp"

namespace yplan {

// "2 errors, 1 warning in 3 files"
std::string summary_line(const Validation& v);

// FILE:LINE:COL: SEVERITY[CHECK]: MESSAGE, one a line, each followed by
// `  help: HINT` when it has one; then the summary line. `quiet` prints the
// summary only.
void render_text(std::ostream& out, const Validation& v, bool color, bool quiet);

// {"diagnostics": [...], "summary": {"files", "errors", "warnings"}}; each
// diagnostic has file, line, column, severity, check, path, message and help
// ("" when none).
void render_json(std::ostream& out, const Validation& v);

// GitHub Actions workflow commands: ::error file=…,line=…,col=…,title=CHECK::MESSAGE
void render_github(std::ostream& out, const Validation& v);

// JUnit XML: a testsuite per file, a testcase per check that ran.
void render_junit(std::ostream& out, const Validation& v, const std::vector<std::string>& skipped);

// SARIF 2.1.0 (OASIS) for code scanning: runs[0].tool.driver.rules has one
// rule per check (id = check name, short/full description, help,
// defaultConfiguration.level); each finding is a result with ruleId, level,
// physicalLocation (artifactLocation.uri relative to %SRCROOT%, region
// startLine/startColumn, counted in code points: run.columnKind is
// "unicodeCodePoints") and its contract path as a logicalLocation.
void render_sarif(std::ostream& out, const Validation& v);

}  // namespace yplan

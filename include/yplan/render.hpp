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

// The directory code scanning names files from (SARIF's %SRCROOT%, GitHub's
// annotations): the root of the git work tree the current directory is in
// (the nearest ancestor holding .git), else the current directory; absolute
// and '/'-terminated ("" when the current directory cannot be read).
std::string artifact_root();

// GitHub Actions workflow commands: ::error file=…,line=…,col=…[,endLine=…[,endColumn=…]],title=CHECK::MESSAGE.
// FILE is the finding's file from `root` (artifact_root(), normalised; a
// file outside it absolute); with `root` "", the path as given, normalised.
// endColumn is inclusive, given only when the node ends on its first line.
void render_github(std::ostream& out, const Validation& v, const std::string& root = "");

// JUnit XML: a testsuite per file, a testcase per check that ran.
void render_junit(std::ostream& out, const Validation& v, const std::vector<std::string>& skipped);

// SARIF 2.1.0 (OASIS) for code scanning: runs[0].tool.driver.rules has one
// rule per check (id = check name, short/full description, help,
// defaultConfiguration.level); each finding is a result with ruleId, level,
// physicalLocation (artifactLocation.uri: the file from `root` as a
// normalised, percent-encoded relative reference with uriBaseId %SRCROOT%,
// which run.originalUriBaseIds defines as root's file:// URI; a file outside
// root an absolute file:// URI (SARIF 2.1.0 §3.10, §3.14.14); with `root`
// "", relative paths from an undefined %SRCROOT%; region
// startLine/startColumn, and endLine/endColumn (exclusive) when known,
// counted in code points: run.columnKind is "unicodeCodePoints") and its
// contract path as a logicalLocation.
void render_sarif(std::ostream& out, const Validation& v, const std::string& root = "");

}  // namespace yplan

// Validating files: expand the inputs, load, check, filter, sort.
#pragma once

#include <string>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/source.hpp"

namespace yplan {

struct ValidateOptions {
  std::vector<std::string> skip;  // check names to leave out
  bool strict = false;            // warnings count as errors
  unsigned jobs = 0;              // files checked at once; 0 = one per core
  // Skip a file that parses as YAML but is not meant as a plan (neither
  // `yplan:` nor `plan:` at its top level: format::is_plan_document), such
  // as mkdocs.yml or a compose file; a file that does not parse is checked.
  bool plans_only = false;
};

// A file that could not be read at all (exit code 2, not a finding).
struct InputError {
  std::string path;
  std::string message;
};

struct Validation {
  std::vector<std::string> files;       // files read and checked, in input order
  std::vector<Diagnostic> diagnostics;  // sorted by file, line, column
  std::vector<InputError> input_errors;
  std::vector<std::string> not_plans;   // skipped by plans_only, in input order (not in `files`)

  size_t errors() const;
  size_t warnings() const;
};

// Expands command-line inputs: files as given; directories recursively to
// their *.yaml and *.yml files (sorted; hidden directories skipped; symlinked
// directories not followed, so a link loop cannot trap the walk); "-" is
// standard input. Each file comes once, under the first name it is reached
// by, however many times it is named: directly, through a directory, as
// ./x and x, or through a symbolic or hard link (same device and inode);
// a directory named twice is walked once.
void expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& files,
                   std::vector<InputError>& errors);

// Loads and checks one file; applies --skip and --strict.
std::vector<Diagnostic> validate_source(const SourceFile& src, const ValidateOptions& opts);

// The whole run over command-line inputs. Files are checked `jobs` at a time,
// each read, checked and freed by one worker, so memory holds only the files
// being worked on; the result is the same whatever `jobs` is.
Validation validate_inputs(const std::vector<std::string>& inputs, const ValidateOptions& opts);

}  // namespace yplan

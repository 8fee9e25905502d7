// yplan's own checks around yaml-cpp's reading (yaml/tree.cpp): what
// yaml::parse runs before and after yaml-cpp, so that yaml::reparse
// (yaml/reparse.cpp) can run exactly the same on a text it re-reads in part.
#pragma once

#include "yplan/source.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan::yaml {

// Before yaml-cpp reads the text: UTF-8 without NUL bytes (else the
// encoding is named when recognised), no line end that is a CR alone, and
// flow nesting within bounds.
bool text_checks(const SourceFile& src, ParseError& err);

// After: every quoted string is closed, and none opened on one line runs on
// over a following line that reads as a key (yaml_mistakes.hpp).
bool tree_checks(const SourceFile& src, const Document& doc, ParseError& err);

}  // namespace yplan::yaml

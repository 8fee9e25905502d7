// The YAML mistakes new users make, explained: the cause, at the line and
// column of the cause (not where yaml-cpp gave up), and how to fix it.
// Used by yaml::parse (parse findings) and the loader (keys).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "yplan/source.hpp"
#include "yplan/yaml_tree.hpp"

namespace yplan::yaml::mistakes {

// A file that is not UTF-8 but UTF-16 (by its byte-order mark or its NUL
// pattern), Shift_JIS (CP932) or EUC-JP. Fills `err` (at the first byte that
// is not UTF-8, or 1:1 for UTF-16) and returns true when one is recognised.
bool explain_encoding(const SourceFile& src, ParseError& err);

// A line end that is a CR alone (a CR not followed by LF: old Mac OS), which
// yaml-cpp reads as an ordinary character, not as YAML's line break (YAML
// 1.2 b-break). Fills `err` (at the first such CR, with the way to convert)
// and returns true when there is one.
bool lone_cr(const SourceFile& src, ParseError& err);

// yaml-cpp gave up at err.pos: look at that line and the one above for a
// known mistake (a tab or a full-width space in the indentation, a string
// quoted over several lines, `: ` inside a plain value, a key without its
// colon, a key one or two spaces out of line). Rewrites err (pos, message,
// help) and returns true when one is found; otherwise only sets err.help.
bool explain_syntax_error(const SourceFile& src, ParseError& err);

// The text parsed, but a quoted string opened on one line runs on over a
// following line that reads as a key (`budget: 1200`): the closing quote is
// missing on the first line. Fills `err` (at the opening quote).
bool multiline_quote(const SourceFile& src, const Document& doc, ParseError& err);

// A character in a key that cannot be seen or looks like a space (U+200B,
// U+FEFF, U+00A0, U+3000 ...). Returns its byte index in `key`, or npos;
// `cp` gets the code point and `name` its Unicode name.
size_t invisible_char(std::string_view key, uint32_t& cp, const char*& name);
// `key` without any such character.
std::string without_invisible(std::string_view key);
// "bud<U+200B>get": the key with each such character shown as its code point.
std::string show_invisible(std::string_view key);

}  // namespace yplan::yaml::mistakes

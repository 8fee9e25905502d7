// Text helpers: display width of Japanese text, nearest-name suggestions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yplan {

// Columns a string takes on a terminal: wide (CJK) characters count two
// (utf8proc_charwidth); East Asian Ambiguous ones (①, △, ※, ○, —, …) count
// ambiguous_width(). Invalid UTF-8 bytes count one each.
size_t display_width(std::string_view s);

// How wide East Asian Ambiguous characters are drawn: 1 (Western
// terminals, the default) or 2 (many Japanese terminals). Process-wide; set
// once from --ambiguous-width or YPLAN_AMBIGUOUS_WIDTH before output.
void set_ambiguous_width(int columns);
int ambiguous_width();
// Unicode EastAsianWidth class A (ambiguous_width.cpp).
bool east_asian_ambiguous(int32_t code_point);

// Truncate to at most `width` columns, ending in "…" when cut; never splits a
// character.
std::string truncate_to_width(std::string_view s, size_t width);

// Lines of at most `width` columns (display_width): broken at spaces where
// there are any, else between characters (Japanese has no spaces); lines
// after the first start with `indent` spaces. Never splits a character.
std::vector<std::string> wrap_to_width(std::string_view s, size_t width, size_t indent = 2);

// Pad with spaces on the right (left = false) or left (left = true) to `width`.
std::string pad(std::string_view s, size_t width, bool right_align = false);

// Control characters shown escaped (\n, \r, \t, \xNN; C1 controls as
// \u0080–\u009f), so that a value quoted in a message stays on one line,
// cannot drive the terminal, and shows what it holds.
std::string escape_control(std::string_view s);

// The lines of a text (split at \n, a trailing \r dropped), each with its
// control characters escaped: multi-line text (a note) for renderers that
// indent its continuation lines.
std::vector<std::string> escaped_lines(std::string_view s);

// True when `s` is valid UTF-8 with no NUL byte (what a plan file may hold).
bool valid_utf8(std::string_view s);

// Damerau–Levenshtein (optimal string alignment) distance.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` by edit_distance, or "" when none is near
// enough to be a likely slip: at most a third of `word`'s characters wrong
// (one in a word of two to five characters); a word of one character gets
// only itself.
std::string nearest(std::string_view word, std::span<const std::string_view> candidates);
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace yplan

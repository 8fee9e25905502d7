// Display width of Japanese text, truncation, padding, and nearest-name suggestions (text.hpp).
#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "yplan/text.hpp"

using yplan::display_width;
using yplan::edit_distance;
using yplan::nearest;
using yplan::pad;
using yplan::truncate_to_width;

namespace {

// True when `s` is valid UTF-8 (no character was split).
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

}  // namespace

TEST_CASE("display_width: ASCII one column, Japanese wide characters two") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("日本") == 4);
  CHECK(display_width("移住定住") == 8);
  CHECK(display_width("R2 目標") == 7);
  CHECK(display_width("９１，４５６") == 12);  // full-width digits and comma are wide
  CHECK(display_width("ｶﾀｶﾅ") == 4);           // half-width katakana are narrow
  CHECK(display_width("…") == 1);
  CHECK(display_width("△4,543") == 6);          // △ is narrow (ambiguous width counts one)
  CHECK(display_width("\xff") == 1);            // an invalid byte counts one
  CHECK(display_width("😀") == 2);              // emoji are wide
  CHECK(display_width("e\u0301") == 1);         // a combining mark takes no column
}

TEST_CASE("truncate_to_width: fits, ends in an ellipsis, never splits a character") {
  CHECK(truncate_to_width("abc", 3) == "abc");  // fits: unchanged
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(truncate_to_width("日本語テキスト", 14) == "日本語テキスト");
  CHECK(truncate_to_width("日本語テキスト", 7) == "日本語…");
  CHECK(truncate_to_width("日本語テキスト", 6) == "日本…");  // a wide char does not fit in one column
  CHECK(truncate_to_width("日本語", 1) == "…");
  CHECK(truncate_to_width("日本語", 0) == "");
  CHECK(truncate_to_width("a日本", 4) == "a日…");

  const std::string s = "移住定住・人材確保戦略的展開事業費 (R2)";
  for (size_t w = 0; w <= display_width(s) + 1; ++w) {
    CAPTURE(w);
    std::string t = truncate_to_width(s, w);
    CHECK(display_width(t) <= w);
    CHECK(valid_utf8(t));
    if (w >= display_width(s)) CHECK(t == s);
    else if (w > 0) CHECK(std::string_view(t).ends_with("…"));
  }
}

TEST_CASE("pad: by display width, left or right") {
  CHECK(pad("ab", 5) == "ab   ");
  CHECK(pad("ab", 5, true) == "   ab");
  CHECK(pad("日本", 6) == "日本  ");
  CHECK(pad("日本", 6, true) == "  日本");
  CHECK(pad("日本", 3) == "日本");      // wider than asked: unchanged
  CHECK(pad("abcdef", 2, true) == "abcdef");
  CHECK(display_width(pad("令和２年度", 12)) == 12);
}

TEST_CASE("edit_distance: optimal string alignment") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("target", "target") == 0);
  CHECK(edit_distance("target", "targets") == 1);   // insertion
  CHECK(edit_distance("budget", "budgte") == 1);    // transposition counts one
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("previous", "prevous") == 1);  // deletion
  CHECK(edit_distance("ca", "abc") == 3);            // OSA, not full Damerau (which gives 2)
}

// Regression (was a bug): edit_distance works on bytes, not characters, so a one-character typo
// in a Japanese word counts up to 3 (the UTF-8 length). nearest() then fails to
// suggest Japanese names: `category: 継読` gets no "did you mean `継続`?".
TEST_CASE("edit_distance counts characters, not UTF-8 bytes") {
  CHECK(edit_distance("継続", "継読") == 1);
  CHECK(edit_distance("a", "あ") == 1);
  CHECK(edit_distance("見直", "見直し") == 1);
  const std::vector<std::string> categories = {"新規", "見直し", "継続"};
  CHECK(nearest("継読", categories) == "継続");
}

TEST_CASE("nearest: suggests plausible typos only") {
  const std::vector<std::string_view> kpi_keys = {"id",         "name",     "unit",    "direction",
                                                  "cumulative", "baseline", "targets", "actuals", "note"};
  std::span<const std::string_view> keys(kpi_keys);
  CHECK(nearest("target", keys) == "targets");
  CHECK(nearest("direciton", keys) == "direction");
  CHECK(nearest("baseline", keys) == "baseline");
  CHECK(nearest("cumulatve", keys) == "cumulative");
  CHECK(nearest("zzzzzzzzz", keys) == "");
  CHECK(nearest("organization", keys) == "");
  CHECK(nearest("x", std::span<const std::string_view>()) == "");

  const std::vector<std::string> projects = {"iju-teiju", "denshi-kencho"};
  CHECK(nearest("iju-teijuu", projects) == "iju-teiju");
  CHECK(nearest("denshi-kenco", projects) == "denshi-kencho");
  CHECK(nearest("kokusai", projects) == "");
}

// Regression (was a bug): two slips were allowed in any word of three letters
// or more, and one in a word of one letter, so `validate --bogus` suggested
// --jobs, `yplan foo` fix, `-w` -h, and a project `b` the project `a`.
TEST_CASE("nearest: one slip up to five characters, two from six, none in one") {
  const std::vector<std::string> options = {"format", "strict", "skip", "quiet", "color", "lang", "list-checks", "jobs"};
  CHECK(nearest("bogus", options) == "");
  CHECK(nearest("formt", options) == "format");
  CHECK(nearest("jbos", options) == "jobs");    // a transposition is one slip
  CHECK(nearest("colour", options) == "color");
  CHECK(nearest("strcit", options) == "strict");
  CHECK(nearest("stirct", options) == "strict");
  CHECK(nearest("fromatt", options) == "format");  // seven characters: two slips
  CHECK(nearest("list", options) == "");        // a prefix is not a typo (main.cpp suggests --list-checks)
  const std::vector<std::string> subcommands = {"validate", "report", "diff", "get", "set", "fix", "lsp"};
  CHECK(nearest("foo", subcommands) == "");
  CHECK(nearest("log", subcommands) == "");
  CHECK(nearest("new", subcommands) == "");
  CHECK(nearest("gte", subcommands) == "get");
  CHECK(nearest("st", subcommands) == "set");
  const std::vector<std::string> letters = {"a", "h", "q"};
  CHECK(nearest("b", letters) == "");
  CHECK(nearest("w", letters) == "");
  CHECK(nearest("q", letters) == "q");
}

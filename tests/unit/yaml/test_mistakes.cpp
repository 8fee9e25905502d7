// YAML mistakes explained (yaml/mistakes.hpp): each at the cause, and no
// false alarm on YAML that is right. (Unreadable numbers, values.hpp
// explain_number, are the model's: tests/unit/model/test_values.cpp.)
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"
#include "yplan/yaml_tree.hpp"

namespace {

struct Parsed {
  bool ok = false;
  yplan::yaml::Document doc;
  yplan::yaml::ParseError err;
  std::string at() const { return std::to_string(err.pos.line) + ":" + std::to_string(err.pos.col); }
};

Parsed parse(const std::string& text) {
  Parsed p;
  auto src = yplan_test::source(text);
  p.ok = yplan::yaml::parse(src, p.doc, p.err);
  return p;
}

}  // namespace

TEST_CASE("right YAML that looks like a mistake is not one") {
  // A string quoted over lines whose lines are not keys; a block scalar
  // holding `key: value` text, a tab and a full-width space; `: ` quoted; a
  // full-width colon in a plain value; a word with a space under a key.
  const char* texts[] = {
      "a:\n  - \"長い文章の\n    続き\"\n",
      "a: |\n  b: c\n  \ttab after the indentation\n  　全角の字下げ\nd: 1\n",
      "title: \"令和３年度: テスト部\"\n",
      "title: 令和３年度：テスト部\n",
      "a:\n  b c\n",
      "a: 'it''s'\nb: x\n",
  };
  for (std::string t : texts) {
    CAPTURE(t);
    auto p = parse(t);
    CHECK(p.ok);
  }
}

TEST_CASE("each mistake is named at its cause, with a help line") {
  struct Case {
    std::string text;
    const char* at;
    const char* starts;
  };
  const Case cases[] = {
      {"a:\n　b: 1\n  c: 2\n", "2:1", "a full-width space (U+3000)"},
      {"a:\n  - x\n\t- y\n", "3:1", "a tab before `-`"},
      {"a:\n  b: 1\n\tc: 2\n", "3:1", "a tab in the indentation"},
      {"a:\n  b: 1\n  c 2\n  d: 3\n", "3:4", "`c 2` has no colon"},
      {"a:\n  b: x: y\n", "2:7", "`: ` inside the value of `b`"},
      {"a:\n  b: 1\n   c: 2\n", "3:4", "`c:` is indented 3 spaces, 1 more"},
      {"a:\n  b:\n    c: 1\n   d: 2\n", "4:4", "`d:` is indented 3 spaces, 1 fewer"},
      {"a:\n  b: \"x\n  c: 1\"\n", "2:6", "the string quoted here with \" is not closed on this line"},
      {"a:\n  b: \"x\n  c: \"1\"\n", "2:6", "the string quoted here with \" is not closed on this line"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto p = parse(c.text);
    CHECK_FALSE(p.ok);
    CHECK(p.at() == c.at);
    CHECK(p.err.message.rfind(c.starts, 0) == 0);
    CHECK_FALSE(p.err.help.empty());
  }
}

TEST_CASE("legacy encodings are named") {
  // 「予算」 in Shift_JIS and EUC-JP; UTF-16 with and without a byte-order mark.
  auto p = parse("a: \x97\x5C\x8E\x5A\n");
  CHECK(p.err.message == "the file is in Shift_JIS (CP932), not UTF-8: yplan reads UTF-8 only");
  CHECK(p.at() == "1:4");
  CHECK(p.err.help.find("iconv -f CP932 -t UTF-8") != std::string::npos);
  p = parse("a: \xCD\xBD\xBB\xBB\n");
  CHECK(p.err.message == "the file is in EUC-JP, not UTF-8: yplan reads UTF-8 only");
  p = parse(std::string("\xFF\xFE" "a\0:\0 \0" "1\0", 10));
  CHECK(p.err.message == "the file is in UTF-16LE, not UTF-8: yplan reads UTF-8 only");
  CHECK(p.err.help.find("iconv -f UTF-16 -t UTF-8") != std::string::npos);
  p = parse(std::string("\0a\0:\0 \0" "1", 8));
  CHECK(p.err.message == "the file is in UTF-16BE, not UTF-8: yplan reads UTF-8 only");
  // One stray byte pair is no evidence of an encoding.
  p = parse("a: \xE6\x97\n");
  CHECK(p.err.message == "invalid UTF-8 byte sequence");
}

TEST_CASE("line ends that are a CR alone are named, at the first one") {
  auto p = parse("yplan: 1\rplan:\r  id: x\r");
  CHECK_FALSE(p.ok);
  CHECK(p.err.message ==
        "the lines of this file end with a CR alone (old Mac OS line ends); yplan reads lines that end with LF or CR LF");
  CHECK(p.at() == "1:9");
  CHECK(p.err.help ==
        "convert the line ends to LF: tr '\\r' '\\n' < t.yaml > t.yaml.lf (then use the new file), or save it with "
        "LF line ends in your editor");
  // One stray CR among LF line ends (a CR LF before it is no such CR).
  p = parse("yplan: 1\r\nplan:\n  id: x\r  title: y\n");
  CHECK_FALSE(p.ok);
  CHECK(p.err.message == "a CR alone here (an old Mac OS line end) in a file whose other lines end with LF; yplan "
                         "does not read it as a line end");
  CHECK(p.at() == "3:8");
  CHECK(p.err.help == "delete the CR here (some editors show it as ^M), or save the file with LF line ends in your "
                      "editor");
  // CR LF line ends, and a CR as the very last byte after LF ones.
  CHECK(parse("yplan: 1\r\nplan:\r\n  id: x\r\n").ok);
  CHECK_FALSE(parse("a: 1\nb: 2\r").ok);
}

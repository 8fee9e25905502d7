// The YAML tree: node kinds, positions, quoted and flow flags, and what is rejected (yaml_tree.hpp).
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"
#include "yplan/yaml_tree.hpp"

using yplan::yaml::Document;
using yplan::yaml::Kind;
using yplan::yaml::Node;
using yplan::yaml::ParseError;
using yplan_test::source;

namespace {

std::string at(const yplan::Pos& p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

struct Parsed {
  bool ok = false;
  Document doc;
  ParseError err;
};

Parsed parse(const std::string& text) {
  Parsed p;
  auto src = source(text);
  p.ok = yplan::yaml::parse(src, p.doc, p.err);
  return p;
}

// The value under `key` in the mapping `map` (REQUIREs that it exists).
const Node& get(const Document& doc, const Node& map, const std::string& key) {
  REQUIRE(map.kind == Kind::map);
  for (size_t i = 0; i + 1 < map.children.size(); i += 2)
    if (doc.node(map.children[i]).text == key) return doc.node(map.children[i + 1]);
  FAIL("no key " << key);
  return map;
}
const Node& key_node(const Document& doc, const Node& map, const std::string& key) {
  for (size_t i = 0; i + 1 < map.children.size(); i += 2)
    if (doc.node(map.children[i]).text == key) return doc.node(map.children[i]);
  FAIL("no key " << key);
  return map;
}
const Node& root(const Parsed& p) { return p.doc.node(p.doc.root); }

}  // namespace

TEST_CASE("node positions are 1-based, columns in code points") {
  auto p = parse("名前: 値\nb: 'q'\nlist:\n  - x\n  - 令和２年度: y\n");
  REQUIRE(p.ok);
  const Node& r = root(p);
  CHECK(at(r.pos) == "1:1");
  CHECK(at(key_node(p.doc, r, "名前").pos) == "1:1");
  CHECK(at(get(p.doc, r, "名前").pos) == "1:5");  // after a two-character key: column 5, not byte 9
  CHECK(at(get(p.doc, r, "b").pos) == "2:4");     // a quoted scalar starts at its quote
  const Node& list = get(p.doc, r, "list");
  REQUIRE(list.kind == Kind::sequence);
  REQUIRE(list.children.size() == 2);
  CHECK(at(list.pos) == "4:3");
  CHECK(at(p.doc.node(list.children[0]).pos) == "4:5");
  const Node& item = p.doc.node(list.children[1]);
  CHECK(item.kind == Kind::map);
  CHECK(at(item.pos) == "5:5");
  CHECK(at(get(p.doc, item, "令和２年度").pos) == "5:12");
  CHECK(get(p.doc, item, "令和２年度").text == "y");

  // A four-byte character (outside the BMP) is one column too.
  auto e = parse("😀: x\n");
  REQUIRE(e.ok);
  CHECK(at(get(e.doc, root(e), "😀").pos) == "1:4");
}

TEST_CASE("scalars: quoted, plain, block literal; nulls; aliases") {
  auto p = parse("a: 'x'\nb: \"1\"\nc: 1\nd: |\n  lit\ne: ~\nf: null\ng:\nh: &anc 5\ni: *anc\n");
  REQUIRE(p.ok);
  const Node& r = root(p);
  CHECK(get(p.doc, r, "a").quoted);
  CHECK(get(p.doc, r, "a").text == "x");
  CHECK(get(p.doc, r, "b").quoted);
  CHECK(get(p.doc, r, "b").text == "1");
  CHECK_FALSE(get(p.doc, r, "c").quoted);
  CHECK(get(p.doc, r, "c").kind == Kind::scalar);
  CHECK(get(p.doc, r, "c").text == "1");
  CHECK(get(p.doc, r, "d").quoted);  // block scalars are strings too
  CHECK(get(p.doc, r, "d").text == "lit\n");
  CHECK(get(p.doc, r, "e").kind == Kind::null);
  CHECK(get(p.doc, r, "f").kind == Kind::null);
  CHECK(get(p.doc, r, "g").kind == Kind::null);
  CHECK(get(p.doc, r, "h").kind == Kind::scalar);  // an anchor on a scalar is kept as the scalar
  CHECK(get(p.doc, r, "i").kind == Kind::alias);
  CHECK(at(get(p.doc, r, "i").pos) == "10:4");
}

TEST_CASE("flow flag on collections") {
  auto p = parse("g: [1, {h: 2}]\nblock:\n  - 1\nmap:\n  k: v\n");
  REQUIRE(p.ok);
  const Node& r = root(p);
  CHECK_FALSE(r.flow);
  const Node& g = get(p.doc, r, "g");
  CHECK(g.kind == Kind::sequence);
  CHECK(g.flow);
  CHECK(at(g.pos) == "1:4");
  REQUIRE(g.children.size() == 2);
  const Node& inner = p.doc.node(g.children[1]);
  CHECK(inner.kind == Kind::map);
  CHECK(inner.flow);
  CHECK(at(inner.pos) == "1:8");
  CHECK(at(get(p.doc, inner, "h").pos) == "1:12");
  CHECK_FALSE(get(p.doc, r, "block").flow);
  CHECK_FALSE(get(p.doc, r, "map").flow);
}

TEST_CASE("a byte-order mark does not shift columns") {
  auto p = parse("\xEF\xBB\xBF" "a: 1\nbb: 名\n");
  REQUIRE(p.ok);
  const Node& r = root(p);
  CHECK(at(key_node(p.doc, r, "a").pos) == "1:1");
  CHECK(key_node(p.doc, r, "a").pos.offset == 3);
  CHECK(at(get(p.doc, r, "a").pos) == "1:4");
  CHECK(at(get(p.doc, r, "bb").pos) == "2:5");
  CHECK(get(p.doc, r, "bb").text == "名");
}

TEST_CASE("CRLF files: right lines and columns, no carriage return in values") {
  auto p = parse("a: 1\r\nbb: x\r\nc:\r\n  - 名前\r\n");
  REQUIRE(p.ok);
  const Node& r = root(p);
  CHECK(at(get(p.doc, r, "a").pos) == "1:4");
  CHECK(get(p.doc, r, "a").text == "1");
  CHECK(at(key_node(p.doc, r, "bb").pos) == "2:1");
  CHECK(at(get(p.doc, r, "bb").pos) == "2:5");
  CHECK(get(p.doc, r, "bb").text == "x");
  const Node& c = get(p.doc, r, "c");
  REQUIRE(c.children.size() == 1);
  CHECK(at(p.doc.node(c.children[0]).pos) == "4:5");
  CHECK(p.doc.node(c.children[0]).text == "名前");
}

TEST_CASE("empty documents") {
  auto p = parse("");
  CHECK(p.ok);
  CHECK(p.doc.empty);
  p = parse("# only a comment\n\n");
  CHECK(p.ok);
  CHECK(p.doc.empty);
  p = parse("a: 1\n");
  CHECK(p.ok);
  CHECK_FALSE(p.doc.empty);
}

TEST_CASE("a parse error has the position of the offending character") {
  // (`: ` inside a plain value is a known mistake: explained at the colon.)
  auto p = parse("a: b: c\n");
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "1:5");
  CHECK(p.err.message == "`: ` inside the value of `a` starts another key: a value with `: ` in it must be quoted");

  p = parse("x: 1\n名前: 値: c\n");  // column in code points on a Japanese line
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "2:6");
  CHECK(p.err.message == "illegal map value");

  p = parse("a: [1, 2\nb: 3\n");
  CHECK_FALSE(p.ok);
  CHECK(p.err.message == "end of sequence flow not found");
  CHECK(p.err.pos.line == 2);
}

TEST_CASE("NUL bytes are rejected with their position") {
  auto p = parse(std::string("a: b\0c\n", 7));
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "1:5");
  CHECK(p.err.pos.offset == 4);
  CHECK(p.err.message == "NUL byte in the text");

  p = parse(std::string("a: 1\n名: \0\n", 11));
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "2:4");
  CHECK(p.err.message == "NUL byte in the text");

  // UTF-16 text is full of NUL bytes: named as UTF-16, at the start.
  p = parse(std::string("a\0:\0 \0001\0", 8));
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "1:1");
  CHECK(p.err.message == "the file is in UTF-16LE, not UTF-8: yplan reads UTF-8 only");
}

TEST_CASE("invalid UTF-8 is rejected with its position") {
  struct Case {
    std::string text;
    const char* pos;
  };
  const Case cases[] = {
      {"a: \xff\n", "1:4"},
      {"a: 1\n名前: \xfe\n", "2:5"},
      {"a: \xC0\x80\n", "1:4"},         // overlong encoding of NUL
      {"a: \xED\xA0\x80\n", "1:4"},     // a UTF-16 surrogate
      {"a: ok\nb: \xE6\x97", "2:4"},    // cut in the middle of a character
      {"a: \x80\n", "1:4"},             // a lone continuation byte
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto p = parse(c.text);
    CHECK_FALSE(p.ok);
    CHECK(at(p.err.pos) == c.pos);
    CHECK(p.err.message == "invalid UTF-8 byte sequence");
  }
}

TEST_CASE("a second document is rejected where it starts") {
  auto p = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "2:1");
  CHECK(p.err.message == "a second YAML document starts here; a plan file holds one document");

  // One document with explicit markers is fine.
  p = parse("---\na: 1\n...\n");
  CHECK(p.ok);
  CHECK(root(p).kind == Kind::map);
}

TEST_CASE("deep nesting is rejected without crashing") {
  auto p = parse(std::string(5000, '['));
  CHECK_FALSE(p.ok);
  CHECK(p.err.pos.known());
  CHECK_FALSE(p.err.message.empty());

  p = parse(std::string(5000, '[') + std::string(5000, ']'));  // well-formed but too deep
  CHECK_FALSE(p.ok);
  CHECK(p.err.pos.known());

  p = parse(std::string(5000, '{'));
  CHECK_FALSE(p.ok);

  std::string dashes;
  for (int i = 0; i < 5000; ++i) dashes += "- ";
  p = parse(dashes + "x\n");
  CHECK_FALSE(p.ok);

  std::string block;
  for (int i = 0; i < 3000; ++i) block += std::string(static_cast<size_t>(2 * i), ' ') + "a:\n";
  p = parse(block);
  CHECK_FALSE(p.ok);

  // Moderate nesting still parses.
  p = parse(std::string(100, '[') + std::string(100, ']'));
  CHECK(p.ok);
}

// Nesting too deep is reported as such, at the first bracket past the limit
// (200 levels), not with yaml-cpp's "bad file" at the end of the input.
TEST_CASE("deep nesting is reported as such, where it happens") {
  auto p = parse(std::string(5000, '[') + "\n");
  CHECK_FALSE(p.ok);
  CHECK(p.err.message == "nesting deeper than 200 levels");
  CHECK(at(p.err.pos) == "1:201");
  // Brackets inside quoted strings and comments do not count.
  p = parse("a: \"" + std::string(300, '[') + "\"  # " + std::string(300, '{') + "\n");
  CHECK(p.ok);
}

// yaml-cpp (0.7) folds the rest of the file into a quoted scalar left open
// when a line break follows; yplan reports it at the opening quote.
TEST_CASE("an unterminated quoted scalar is a parse error at its opening quote") {
  auto p = parse("title: \"abc\norganization: foo\n");
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "1:8");
  CHECK(p.err.message == "the string quoted here with \" is never closed");

  p = parse("a: 1\n名前: 'abc\n");
  CHECK_FALSE(p.ok);
  CHECK(at(p.err.pos) == "2:5");
  CHECK(p.err.message == "the string quoted here with ' is never closed");

  // Closed quotes, escaped quotes, '' inside single quotes, multi-line quoted scalars are fine.
  p = parse("a: \"x \\\" y\"\nb: 'it''s'\nc: \"two\n  lines\"\n");
  CHECK(p.ok);
  CHECK(get(p.doc, root(p), "a").text == "x \" y");
  CHECK(get(p.doc, root(p), "b").text == "it's");
  CHECK(get(p.doc, root(p), "c").text == "two lines");
}

TEST_CASE("an unterminated quote at the very end is a parse error") {
  auto p = parse("title: \"abc");
  CHECK_FALSE(p.ok);
  CHECK(p.err.message == "illegal EOF in scalar");
  CHECK(p.err.pos.line == 1);
}

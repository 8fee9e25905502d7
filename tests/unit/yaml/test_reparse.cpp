// yaml::reparse (yaml_tree.hpp): an edited text re-read line by line must
// give exactly what a whole parse gives, or decline. Each case splices raw
// text (no quoting by the editor), so a splice can change the structure: the
// property is that reparse then declines, never that it reads it wrong.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/yaml_tree.hpp"

using yplan::yaml::Document;
using yplan::yaml::Kind;
using yplan::yaml::Node;
using yplan::yaml::Splice;
using yplan_test::source;

namespace {

std::string show(const Node& n) {
  std::ostringstream o;
  o << static_cast<int>(n.kind) << (n.quoted ? "q" : "") << (n.flow ? "f" : "") << (n.anchored ? "&" : "") << " "
    << n.pos.line << ":" << n.pos.col << "@" << n.pos.offset << " [" << n.text << "]";
  for (auto c : n.children) o << " " << c;
  if (n.alias_known) o << " ->" << n.target;
  return o.str();
}

// Every node, field by field ("" when the trees are the same).
std::string difference(const Document& a, const Document& b) {
  if (a.empty != b.empty || a.root != b.root) return "root";
  if (a.nodes.size() != b.nodes.size())
    return "sizes " + std::to_string(a.nodes.size()) + " " + std::to_string(b.nodes.size());
  for (size_t i = 0; i < a.nodes.size(); ++i)
    if (show(a.nodes[i]) != show(b.nodes[i])) return show(a.nodes[i]) + " | " + show(b.nodes[i]);
  return "";
}

std::string splice(const std::string& text, const std::vector<Splice>& ss, const std::vector<std::string>& with) {
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < ss.size(); ++i) {
    out.append(text, at, ss[i].begin - at);
    out += with[i];
    at = ss[i].end;
  }
  return out + text.substr(at);
}

struct Outcome {
  bool reparsed = false;  // reparse vouched for its tree
  bool parses = false;    // the whole text parses
  std::string difference; // between the two trees, when both
};

// Replaces the bytes [b, e) of each pair by the texts given.
Outcome edit(const std::string& text, std::vector<std::pair<size_t, size_t>> spans, std::vector<std::string> with) {
  auto before = source(text);
  Document tree;
  yplan::yaml::ParseError err;
  REQUIRE(yplan::yaml::parse(before, tree, err));
  std::vector<Splice> ss;
  for (size_t i = 0; i < spans.size(); ++i) ss.push_back({spans[i].first, spans[i].second, with[i].size()});
  auto after = source(splice(text, ss, with));
  Outcome o;
  Document fast, whole;
  o.reparsed = yplan::yaml::reparse(before, tree, after, ss, fast);
  o.parses = yplan::yaml::parse(after, whole, err);
  if (o.reparsed && o.parses) o.difference = difference(fast, whole);
  return o;
}

// The span of the first `what` after `from` in `text`.
std::pair<size_t, size_t> span(const std::string& text, const std::string& what, const std::string& from = "") {
  size_t at = text.find(what, from.empty() ? 0 : text.find(from));
  REQUIRE(at != std::string::npos);
  return {at, at + what.size()};
}

}  // namespace

TEST_CASE("reparse: a value rewritten in place reads as a whole parse reads it") {
  const std::string t = "a:\n  budget: 200753  # 千円\n  name: 移住\n  total: {budget: 1, previous: 2}\nb: [x, y]\n";
  auto o = edit(t, {span(t, "200753")}, {"210,000"});
  CHECK(o.reparsed);
  CHECK(o.parses);
  CHECK(o.difference == "");
  // Quoted stays quoted.
  const std::string q = "a: \"200,753\"\nb: '移住'\n";
  o = edit(q, {span(q, "\"200,753\""), span(q, "'移住'")}, {"\"210,000\"", "'移住・定住'"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  // Two values on one flow line: the second moves by what the first grew.
  o = edit(t, {span(t, "1,"), span(t, "2}")}, {"1234,", "５６７}"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  // Collections after the value on its line move with it.
  const std::string nested = "k: [1, {a: 2}, [3]]  # c\n";
  o = edit(nested, {span(nested, "1")}, {"１１１"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  // Full-width text before a later value on the line: columns count characters.
  const std::string w = "k: {name: 移住, budget: 1}\n";
  o = edit(w, {span(w, "移住")}, {"移住定住促進"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  // A value written on the line after its key.
  const std::string next = "a:\n  key:\n    value\n  other: 1\n";
  o = edit(next, {span(next, "value")}, {"another"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
}

TEST_CASE("reparse: CRLF lines, the first line, the last line without a newline") {
  const std::string crlf = "a: 1\r\nb: 2\r\n";
  auto o = edit(crlf, {span(crlf, "2")}, {"3"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  o = edit(crlf, {span(crlf, "1")}, {"12"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  const std::string bare = "a: 1\nb: 2";
  o = edit(bare, {span(bare, "2")}, {"345"});
  CHECK(o.reparsed);
  CHECK(o.difference == "");
  // A CR alone written into a value fails as a whole parse fails (text_checks).
  o = edit(crlf, {span(crlf, "2")}, {"2\r3"});
  CHECK_FALSE(o.reparsed);
  CHECK_FALSE(o.parses);
}

TEST_CASE("reparse declines what it cannot vouch for") {
  const std::string t = "a: 1\nb: 2\nc: [\n  3,\n  4]\nd: &x 5\ne: *x\nf: plain\n  runs on\n";
  // Across lines, inserting, a line break in the new text.
  CHECK_FALSE(edit(t, {{span(t, "1").first, span(t, "b:").first + 1}}, {"9"}).reparsed);
  CHECK_FALSE(edit(t, {{span(t, "1").first, span(t, "1").first}}, {"9"}).reparsed);
  CHECK_FALSE(edit(t, {span(t, "1")}, {"9\n"}).reparsed);
  // A line inside a flow collection begun on an earlier line.
  CHECK_FALSE(edit(t, {span(t, "3")}, {"33"}).reparsed);
  // A line with an alias, a plain scalar that runs on to the next line.
  CHECK_FALSE(edit(t, {span(t, "*x")}, {"*x"}).reparsed);
  CHECK_FALSE(edit(t, {span(t, "plain")}, {"flat"}).reparsed);
  // New text that changes the line's shape: a mapping, a flow list, a comment.
  auto o = edit(t, {span(t, "2")}, {"x: y"});
  CHECK_FALSE(o.reparsed);
  CHECK_FALSE(edit(t, {span(t, "2")}, {"[2, 3]"}).reparsed);
  o = edit(t, {span(t, "2")}, {"# 2"});
  CHECK_FALSE(o.reparsed);
  // New text that opens what runs on: a quote, a flow list, a block scalar.
  o = edit(t, {span(t, "2")}, {"\"2"});
  CHECK_FALSE(o.reparsed);
  CHECK_FALSE(o.parses);
  CHECK_FALSE(edit(t, {span(t, "2")}, {"[2"}).reparsed);
  // A block scalar takes the more indented comment below it (read alone it would not).
  const std::string note = "a: 1\nb: 2\n    # note\nc: 3\n";
  for (const char* header : {"|", ">-", "|+2"}) {
    o = edit(note, {span(note, "2")}, {header});
    CHECK_FALSE(o.reparsed);
    CHECK(o.parses);
  }
  // A quoted value become plain: yaml-cpp then looks below for more of it,
  // and a tab in the blank line after it is an error (found by fuzzing).
  const std::string tab = "p:\n  a: \"x\"\r\n \t\nb: 1\n";
  o = edit(tab, {span(tab, "\"x\"")}, {"y"});
  CHECK_FALSE(o.reparsed);
  CHECK_FALSE(o.parses);
  CHECK_FALSE(edit(t, {span(t, "2")}, {"'2'"}).reparsed);  // and the other way, likewise
  // Nothing: `b:` with nothing takes more indented lines below as its value.
  CHECK_FALSE(edit(t, {span(t, "2")}, {""}).reparsed);
  // The text given is not the old one with the splices made.
  auto before = source(t);
  Document tree, out;
  yplan::yaml::ParseError err;
  REQUIRE(yplan::yaml::parse(before, tree, err));
  auto s = span(t, "1");
  auto wrong = source("a: 9\nb: 3\n" + t.substr(10));
  CHECK_FALSE(yplan::yaml::reparse(before, tree, wrong, {{s.first, s.second, 1}}, out));
}

// Scalars of the bundled plans (every 4th, so the test stays quick under
// ASan), each replaced by one raw text of every kind in turn: whenever
// reparse vouches, its tree is the whole parse's; and it vouches for the
// ordinary rewrite (a number for a number).
TEST_CASE("reparse on the bundled plans: vouches only for what a whole parse gives") {
  namespace fs = std::filesystem;
  const std::vector<std::string> texts = {"210000", "\"210,000\"", "２１０，０００", "△1", "null",  "x: y",
                                          "- z",    "'q",          "[1",           "{a: 1}", "# c", "&a 1",
                                          "*a",     "!!str 1",     "|",            "a #b",   "? k", "210000"};
  size_t vouched = 0, numbers = 0, tried = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(YPLAN_SOURCE_DIR) / "plans")) {
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string t = ss.str();
    auto before = source(t);
    Document tree;
    yplan::yaml::ParseError err;
    REQUIRE(yplan::yaml::parse(before, tree, err));
    size_t seen = 0;
    for (const auto& n : tree.nodes) {
      if (n.kind != Kind::scalar || n.quoted || n.text.empty()) continue;
      if (t.compare(n.pos.offset, n.text.size(), n.text) != 0) continue;  // written otherwise than read
      if (seen++ % 4 != 0) continue;
      const bool number = n.text.find_first_not_of("0123456789") == std::string::npos;
      const std::string& with = number && seen % 8 == 1 ? texts[0] : texts[(seen / 4) % texts.size()];
      std::vector<Splice> ss1 = {{n.pos.offset, n.pos.offset + n.text.size(), with.size()}};
      auto after = source(splice(t, ss1, {with}));
      Document fast, whole;
      const bool reparsed = yplan::yaml::reparse(before, tree, after, ss1, fast);
      INFO(entry.path().filename().string() << ":" << n.pos.line << " " << n.text << " → " << with);
      ++tried;
      if (reparsed) {
        REQUIRE(yplan::yaml::parse(after, whole, err));
        CHECK(difference(fast, whole) == "");
        ++vouched;
      }
      if (with == "210000" && number) {
        CHECK(reparsed);
        ++numbers;
      }
    }
  }
  CHECK(tried > 400);
  CHECK(numbers > 15);
  CHECK(vouched > tried / 4);
}

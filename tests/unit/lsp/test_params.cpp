// A request's parameters read without the JSON library's words, and a
// didChange's changes applied whole or not at all.
#include <doctest/doctest.h>

#include <string>

#include "lsp/changes.hpp"
#include "lsp/params.hpp"
#include "yplan/i18n.hpp"

using namespace yplan;
using namespace yplan::lsp;

namespace {

std::string refusal(const json& params, const char* key, std::string_view path) {
  try {
    string_member(params, key, path);
  } catch (const RpcError& e) {
    CHECK(e.code == kInvalidParams);
    return e.message;
  }
  return "accepted";
}

}  // namespace

TEST_CASE("a missing or mistyped member is named by its path") {
  set_language(Lang::en);
  json p = json::parse(R"({"textDocument": {"uri": 5}, "newName": "x"})");
  CHECK(refusal(p, "newName", "") == "accepted");
  CHECK(refusal(p, "position", "") == "invalid parameters: position is missing");
  CHECK(refusal(p["textDocument"], "uri", "textDocument") ==
        "invalid parameters: textDocument.uri must be a string, not a number");
  CHECK(refusal(p["newName"], "x", "newName") == "invalid parameters: newName must be an object, not a string");
  CHECK(refusal(json::array(), "x", "") == "invalid parameters: the params must be an object, not an array");
  CHECK(int_member_or(p, "version", "", 7) == 7);
  CHECK(int_member_or(json::parse(R"({"version": null})"), "version", "", 7) == 7);
  CHECK_THROWS_AS(int_member_or(json::parse(R"({"version": "2"})"), "version", "", 7), RpcError);
  CHECK(bool_member_or(json::parse(R"({"b": true})"), "b", "", false));
}

TEST_CASE("changes apply in order, or none of them, with the reason") {
  set_language(Lang::en);
  auto changes = [](const char* j) { return json::parse(j); };
  Changed ok = apply_changes("ab\ncd\n", true, changes(R"([{"range": {"start": {"line": 1, "character": 0},
      "end": {"line": 1, "character": 1}}, "text": "X"}, {"text": "whole"}])"), Encoding::utf16);
  CHECK(ok.why.empty());
  CHECK(ok.text == "whole");
  Changed no_text = apply_changes("ab\n", true, changes(R"([{"range": {"start": {"line": 0, "character": 0},
      "end": {"line": 0, "character": 0}}}])"), Encoding::utf16);
  CHECK(no_text.why == "invalid parameters: contentChanges[0].text is missing");
  Changed no_end = apply_changes("ab\n", true, changes(R"([{"range": {"start": {"line": 0, "character": 0}},
      "text": ""}])"), Encoding::utf16);
  CHECK(no_end.why == "invalid parameters: contentChanges[0].range.end is missing");
  Changed stale = apply_changes("ab\n", false, changes(R"([{"range": {"start": {"line": 0, "character": 0},
      "end": {"line": 0, "character": 0}}, "text": "x"}])"), Encoding::utf16);
  CHECK(stale.why == "change 1 edits a range of a text that an earlier change left out of step; send the whole text");
  CHECK(apply_changes("ab\n", true, json::object(), Encoding::utf16).why == "contentChanges must be an array");
}

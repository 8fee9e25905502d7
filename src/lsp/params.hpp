// A request's parameters read without the JSON library's own words: a member
// that is missing or of the wrong type is an InvalidParams error that names
// it by its path in the parameters (`textDocument.uri`,
// `contentChanges[0].text`), in the user's language. No message the server
// sends or logs carries a library's text (`[json.exception...]`).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "protocol.hpp"

namespace yplan::lsp {

using json = nlohmann::json;

// A failure to answer with a JSON-RPC error (protocol.hpp's ErrorCode).
struct RpcError {
  int code;
  std::string message;
};

// "a string", "an object", "null", ... (translated): what a JSON value is.
std::string json_type(const json& j);

// The member `key` of the object `obj`, found at `path` (`obj` itself is at
// the path before the last dot: "" for the params). Throws RpcError
// (InvalidParams) when `obj` is not an object or has no such member.
const json& member(const json& obj, const char* key, std::string_view path);
// The same, typed: a string, a whole number, an object.
std::string string_member(const json& obj, const char* key, std::string_view path);
const json& object_member(const json& obj, const char* key, std::string_view path);
// An optional member: `fallback` when absent or null; InvalidParams when of another type.
int64_t int_member_or(const json& obj, const char* key, std::string_view path, int64_t fallback);
bool bool_member_or(const json& obj, const char* key, std::string_view path, bool fallback);
std::string string_member_or(const json& obj, const char* key, std::string_view path, std::string fallback);

// A Position's line and character are uinteger (LSP 3.17 §Position):
// numbers from 0 to 2^31 - 1; a negative one is refused, not wrapped round.
Position position_of(const json& j, std::string_view path);
// 12:3 (zero-based line:character), for messages.
std::string shown(Position p);

}  // namespace yplan::lsp

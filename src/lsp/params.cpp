#include "params.hpp"

#include <fmt/format.h>

#include "yplan/i18n.hpp"

namespace yplan::lsp {

namespace {

std::string child(std::string_view path, const char* key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

[[noreturn]] void wrong_type(std::string_view path, const char* want, const json& got) {
  throw RpcError{kInvalidParams, trf("invalid parameters: {} must be {}, not {}", path, want, json_type(got))};
}

}  // namespace

std::string json_type(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return tr("null");
    case json::value_t::object: return tr("an object");
    case json::value_t::array: return tr("an array");
    case json::value_t::string: return tr("a string");
    case json::value_t::boolean: return tr("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return tr("a number");
    default: break;
  }
  return tr("a value of no JSON type");
}

const json& member(const json& obj, const char* key, std::string_view path) {
  if (!obj.is_object()) {
    if (path.empty())
      throw RpcError{kInvalidParams, trf("invalid parameters: the params must be an object, not {}", json_type(obj))};
    wrong_type(path, tr("an object"), obj);
  }
  auto it = obj.find(key);
  if (it == obj.end()) throw RpcError{kInvalidParams, trf("invalid parameters: {} is missing", child(path, key))};
  return *it;
}

std::string string_member(const json& obj, const char* key, std::string_view path) {
  const json& v = member(obj, key, path);
  if (!v.is_string()) wrong_type(child(path, key), tr("a string"), v);
  return v.get<std::string>();
}

const json& object_member(const json& obj, const char* key, std::string_view path) {
  const json& v = member(obj, key, path);
  if (!v.is_object()) wrong_type(child(path, key), tr("an object"), v);
  return v;
}

int64_t int_member_or(const json& obj, const char* key, std::string_view path, int64_t fallback) {
  if (!obj.is_object() || !obj.contains(key) || obj[key].is_null()) return fallback;
  const json& v = obj[key];
  if (v.is_number_integer()) return v.get<int64_t>();
  if (v.is_number_unsigned() && v.get<uint64_t>() <= static_cast<uint64_t>(INT64_MAX)) return v.get<int64_t>();
  wrong_type(child(path, key), tr("a whole number"), v);
}

bool bool_member_or(const json& obj, const char* key, std::string_view path, bool fallback) {
  if (!obj.is_object() || !obj.contains(key) || obj[key].is_null()) return fallback;
  const json& v = obj[key];
  if (!v.is_boolean()) wrong_type(child(path, key), tr("a boolean"), v);
  return v.get<bool>();
}

std::string string_member_or(const json& obj, const char* key, std::string_view path, std::string fallback) {
  if (!obj.is_object() || !obj.contains(key) || obj[key].is_null()) return fallback;
  const json& v = obj[key];
  if (!v.is_string()) wrong_type(child(path, key), tr("a string"), v);
  return v.get<std::string>();
}

Position position_of(const json& j, std::string_view path) {
  auto part = [&](const char* key) {
    const json& v = member(j, key, path);
    if (!v.is_number_unsigned() || v.get<uint64_t>() > 2147483647u)
      throw RpcError{kInvalidParams,
                     trf("a position's {} must be a whole number from 0 to 2147483647, not {}", key, v.dump())};
    return v.get<uint32_t>();
  };
  return {part("line"), part("character")};
}

std::string shown(Position p) { return fmt::format("{}:{}", p.line, p.character); }

}  // namespace yplan::lsp

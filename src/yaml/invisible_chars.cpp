// Characters in a key that cannot be seen or look like a space (see
// yaml/mistakes.hpp): found, removed, or shown as code points.
#include "yaml/mistakes.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace yplan::yaml::mistakes {

namespace {
struct Invisible {
  uint32_t cp;
  const char* name;
};
constexpr Invisible kInvisible[] = {
    {0x00A0, "NO-BREAK SPACE"},       {0x00AD, "SOFT HYPHEN"},
    {0x200B, "ZERO WIDTH SPACE"},     {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},    {0x2060, "WORD JOINER"},
    {0x202F, "NARROW NO-BREAK SPACE"}, {0x3000, "IDEOGRAPHIC SPACE, a full-width space"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE, a byte-order mark"},
};

// Calls fn(byte index, byte length, entry) for each invisible character.
template <class F>
void each_invisible(std::string_view s, F&& fn) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) len = 1;
    for (const auto& e : kInvisible)
      if (static_cast<uint32_t>(cp) == e.cp && fn(i, static_cast<size_t>(len), e)) return;
    i += static_cast<size_t>(len);
  }
}
}  // namespace

size_t invisible_char(std::string_view key, uint32_t& cp, const char*& name) {
  size_t at = std::string_view::npos;
  each_invisible(key, [&](size_t i, size_t, const Invisible& e) {
    at = i;
    cp = e.cp;
    name = e.name;
    return true;
  });
  return at;
}

std::string without_invisible(std::string_view key) {
  std::string out;
  size_t last = 0;
  each_invisible(key, [&](size_t i, size_t len, const Invisible&) {
    out.append(key.substr(last, i - last));
    last = i + len;
    return false;
  });
  out.append(key.substr(last));
  return out;
}

std::string show_invisible(std::string_view key) {
  std::string out;
  size_t last = 0;
  each_invisible(key, [&](size_t i, size_t len, const Invisible& e) {
    out.append(key.substr(last, i - last));
    out += fmt::format("<U+{:04X}>", e.cp);
    last = i + len;
    return false;
  });
  out.append(key.substr(last));
  return out;
}

}  // namespace yplan::yaml::mistakes

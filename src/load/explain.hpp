// What the loader says about a key or a number a person got wrong without
// seeing it (internal to the library): the words of the finding, and where
// in the written text its cause is. The loader maps that to a position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yplan::explain {

struct Explained {
  size_t at = 0;        // byte index of the cause in the text as written
  bool located = true;  // false: point at the whole node
  std::string message;  // in the current language
  std::string help;     // "" when none
};

// An unknown `key` of a mapping described as `what` ("a project") that is a
// known one with a mistake: a character one cannot see (U+200B, U+FEFF,
// U+00A0, U+3000 ..., named by code point) or a missing colon
// (`fiscal_year R2`). `meant` gets the key it was meant to be ("" when the
// mistake leaves no known key). nullopt for any other unknown key.
std::optional<Explained> mistaken_key(std::string_view key, const std::vector<std::string_view>& known,
                                      const char* what, std::string& meant);

// A number that cannot be read (`why`, parse_number's reason): at the
// character that is wrong, with the number to write when it follows from
// the text (values.hpp explain_number).
Explained unreadable_number(std::string_view text, const std::string& why);

}  // namespace yplan::explain

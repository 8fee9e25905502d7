// Messages in the user's language (see yplan/i18n.hpp). For now English
// only: tr() returns the msgid; the catalog (po/ja.po) plugs in here.
#include "yplan/i18n.hpp"

#include <cstdlib>

namespace yplan {

namespace {
Lang g_lang = Lang::en;
}

void set_language(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }

Lang language_from_env() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string(v).rfind("ja", 0) == 0 ? Lang::ja : Lang::en;
  }
  return Lang::en;
}

bool parse_language(const std::string& name, Lang& out) {
  if (name == "en") return out = Lang::en, true;
  if (name == "ja") return out = Lang::ja, true;
  return false;
}

const char* tr(const char* msgid) { return msgid; }

std::string ntr(const char* singular, const char* plural, unsigned long n) { return n == 1 ? singular : plural; }

}  // namespace yplan

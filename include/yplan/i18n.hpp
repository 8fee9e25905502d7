// Messages in the user's language.
//
// Every sentence a person reads (findings, summaries, report headings, diff
// words, errors, --help) goes through tr(): its argument is the English text,
// which is also the gettext msgid, so `xgettext --keyword=tr --keyword=trf
// --keyword=ntr:1,2` extracts it into po/yplan.pot and po/ja.po translates it.
// Check names, paths, JSON keys and exit codes are never translated: they are
// the contract (plan-format).
//
// Placeholders are fmt's `{}`; a translation must keep them in the same order
// (or use `{0}`, `{1}`).
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>

namespace yplan {

enum class Lang { en, ja };

// The language of every message from now on (process-wide; set once, before
// any thread starts). Default: English.
void set_language(Lang lang);
Lang language();

// "ja" when LC_ALL, LC_MESSAGES or LANG (the first that is set and not empty)
// starts with "ja", else English. No generated locale is needed.
Lang language_from_env();
// "ja" / "en" → Lang; nullopt-like: returns false for anything else.
bool parse_language(const std::string& name, Lang& out);

// The message `msgid` (English) in the current language.
const char* tr(const char* msgid);

// `singular` or `plural` by n, in the current language.
std::string ntr(const char* singular, const char* plural, unsigned long n);

// Marks a string for extraction without translating it (a table built before
// the language is known); translate it with tr() where it is printed.
constexpr const char* tr_noop(const char* msgid) { return msgid; }

// tr() then fmt::format: trf("listing of `{}` under {}", id, section).
template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

}  // namespace yplan

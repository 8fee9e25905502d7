// Messages in the user's language (see yplan/i18n.hpp).
//
// The catalog is GNU gettext's: po/ja.po, compiled by msgfmt into
// <localedir>/ja/LC_MESSAGES/yplan.mo. Boost.Locale's gettext loader reads the
// .mo file itself, so no ja_JP locale needs to be generated on the machine
// (glibc's gettext() would fall back to English under the C locale).
//
// Where the .mo is looked for, first found wins:
//   1. $YPLAN_LOCALEDIR (a directory holding ja/LC_MESSAGES/yplan.mo);
//   2. next to the running executable (/proc/self/exe): <bindir>/../share/locale
//      (an install), <bindir>/locale and <bindir>/../locale (the build tree:
//      build/yplan, build/tests/yplan_unit_tests);
//   3. the install prefix's locale directory (YPLAN_INSTALL_LOCALEDIR).
// No catalog found: English, silently (the msgid is the English text).
#include "yplan/i18n.hpp"

#include <algorithm>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <cstdlib>
#include <filesystem>
#include <locale>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#ifndef YPLAN_INSTALL_LOCALEDIR
#define YPLAN_INSTALL_LOCALEDIR "/usr/local/share/locale"
#endif

namespace yplan {

namespace {

namespace fs = std::filesystem;
using Facet = boost::locale::message_format<char>;

Lang g_lang = Lang::en;
// The catalog of the current language, kept alive by g_locale (a facet's
// destructor is protected: a std::locale owns it).
std::locale g_locale;
const Facet* g_facet = nullptr;
int g_domain = 0;

std::vector<std::string> catalog_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("YPLAN_LOCALEDIR"); env && *env) dirs.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path bin = exe.parent_path();
    dirs.push_back((bin / ".." / "share" / "locale").lexically_normal().string());
    dirs.push_back((bin / "locale").string());
    dirs.push_back((bin / ".." / "locale").lexically_normal().string());
  }
  dirs.emplace_back(YPLAN_INSTALL_LOCALEDIR);
  return dirs;
}

bool has_catalog(const std::string& dir, const char* lang) {
  std::error_code ec;
  return fs::is_regular_file(fs::path(dir) / lang / "LC_MESSAGES" / "yplan.mo", ec);
}

void load_catalog(const char* lang) {
  g_facet = nullptr;
  g_locale = std::locale::classic();
  for (const auto& dir : catalog_dirs()) {
    if (!has_catalog(dir, lang)) continue;
    boost::locale::gnu_gettext::messages_info info;
    info.language = lang;
    info.encoding = "UTF-8";
    info.paths.push_back(dir);
    info.domains.emplace_back("yplan");
    Facet* facet = nullptr;
    try {
      facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
    } catch (const std::exception&) {
      facet = nullptr;  // a damaged .mo: try the next directory
    }
    if (!facet) continue;
    g_locale = std::locale(std::locale::classic(), facet);
    g_facet = &std::use_facet<Facet>(g_locale);
    g_domain = g_facet->domain("yplan");
    return;
  }
}

// The system's error texts (strerror, std::error_code) that yplan passes on
// in its messages, marked for the catalog: tr(std::strerror(e)) translates
// them (glibc's own catalogs need a generated locale, yplan's do not).
[[maybe_unused]] constexpr const char* kSystemErrors[] = {
    tr_noop("No such file or directory"), tr_noop("Permission denied"), tr_noop("Is a directory"),
    tr_noop("Not a directory"),           tr_noop("No space left on device"), tr_noop("Read-only file system"),
    tr_noop("File exists"),               tr_noop("Too many levels of symbolic links"),
    tr_noop("Input/output error"),        tr_noop("Operation not permitted"), tr_noop("File name too long"),
    tr_noop("Disk quota exceeded"),       tr_noop("File too large"),
};

}  // namespace

void set_language(Lang lang) {
  g_lang = lang;
  if (lang == Lang::ja) load_catalog("ja");
  else g_facet = nullptr;
}

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

const char* tr(const char* msgid) {
  if (!g_facet || !msgid || !*msgid) return msgid;
  const char* t = g_facet->get(g_domain, nullptr, msgid);
  return t && *t ? t : msgid;
}

std::string ntr(const char* singular, const char* plural, unsigned long n) {
  if (g_facet) {
    const char* t = g_facet->get(g_domain, nullptr, singular, static_cast<int>(std::min<unsigned long>(n, 1000000000UL)));
    if (t && *t) return t;
  }
  return n == 1 ? singular : plural;
}

}  // namespace yplan

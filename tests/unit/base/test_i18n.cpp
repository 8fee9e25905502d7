// The message catalog (i18n.hpp, po/ja.po): Japanese without a generated
// ja_JP locale, English as the msgid, and every translation formatting with
// exactly its msgid's arguments.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fmt/args.h>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "yplan/i18n.hpp"

using yplan::Lang;

namespace {

// Sets the language for one test and puts English back (other tests expect it).
struct LanguageGuard {
  explicit LanguageGuard(Lang l) { yplan::set_language(l); }
  ~LanguageGuard() { yplan::set_language(Lang::en); }
};

struct PoEntry {
  std::string msgid, msgid_plural, msgstr;
  bool fuzzy = false;
  int line = 0;
};

std::string unquote(const std::string& s) {
  std::string out;
  size_t a = s.find('"'), b = s.rfind('"');
  for (size_t i = a + 1; i < b; ++i) {
    if (s[i] == '\\' && i + 1 < b) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<PoEntry> read_po(const std::string& path) {
  std::ifstream in(path);
  std::vector<PoEntry> out;
  PoEntry cur;
  std::string* field = nullptr;
  bool fuzzy = false;
  std::string line;
  int n = 0;
  auto flush = [&] {
    if (!cur.msgid.empty() || !cur.msgstr.empty()) out.push_back(cur);
    cur = PoEntry{};
    field = nullptr;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("#,", 0) == 0 && line.find("fuzzy") != std::string::npos) fuzzy = true;
    if (line.rfind("msgid ", 0) == 0) {
      flush();
      cur.line = n;
      cur.fuzzy = fuzzy;
      fuzzy = false;
      field = &cur.msgid;
      *field = unquote(line);
    } else if (line.rfind("msgid_plural ", 0) == 0) {
      field = &cur.msgid_plural;
      *field = unquote(line);
    } else if (line.rfind("msgstr ", 0) == 0 || line.rfind("msgstr[0] ", 0) == 0) {
      field = &cur.msgstr;
      *field = unquote(line);
    } else if (line.rfind("msgstr[", 0) == 0) {
      field = nullptr;  // other plural forms (none in Japanese)
    } else if (!line.empty() && line[0] == '"' && field) {
      *field += unquote(line);
    }
  }
  flush();
  return out;
}

// The number of `{}` placeholders of an English msgid ({{ and }} are literal);
// -1 for a text that is not a format string (a noun like "a number or
// {value, note}", printed with tr(), not trf()).
int placeholders(const std::string& s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '{' || s[i] == '}') && i + 1 < s.size() && s[i + 1] == s[i]) {
      ++i;
      continue;
    }
    if (s[i] == '{') {
      if (i + 1 >= s.size() || s[i + 1] != '}') return -1;
      ++n;
    }
  }
  return n;
}

}  // namespace

TEST_CASE("i18n: Japanese comes from the catalog, with no ja_JP locale needed") {
  LanguageGuard ja(Lang::ja);
  CHECK(yplan::language() == Lang::ja);
  CHECK(std::string(yplan::tr("none")) == "なし");
  CHECK(yplan::trf("the total of section {}", "1.1") == "施策 1.1 の計");
  CHECK(yplan::trf("{} {} of {} `{}` is outside 0–100 %", yplan::tr("target"), "105", yplan::tr("KPI"), "k") ==
        "KPI `k` の目標値 105 が 0～100 % の範囲外です");
  CHECK(yplan::ntr("{} error", "{} errors", 1) == "エラー {} 件");
  CHECK(yplan::ntr("{} error", "{} errors", 7) == "エラー {} 件");
  // A message the catalog does not have stays English.
  CHECK(std::string(yplan::tr("not a message yplan has")) == "not a message yplan has");
}

TEST_CASE("i18n: English is the msgid itself") {
  LanguageGuard en(Lang::en);
  CHECK(std::string(yplan::tr("none")) == "none");
  CHECK(yplan::trf("the total of section {}", "1.1") == "the total of section 1.1");
  CHECK(yplan::ntr("{} error", "{} errors", 1) == "{} error");
  CHECK(yplan::ntr("{} error", "{} errors", 0) == "{} errors");
  CHECK(yplan::ntr("{} error", "{} errors", 2) == "{} errors");
}

TEST_CASE("i18n: the language from LC_ALL, LC_MESSAGES, LANG and --lang names") {
  auto with = [](const char* all, const char* messages, const char* lang) {
    auto put = [](const char* name, const char* v) { v ? ::setenv(name, v, 1) : ::unsetenv(name); };
    put("LC_ALL", all);
    put("LC_MESSAGES", messages);
    put("LANG", lang);
    return yplan::language_from_env();
  };
  const char* saved[3];
  std::string keep[3];
  const char* names[3] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  for (int i = 0; i < 3; ++i) {
    saved[i] = std::getenv(names[i]);
    if (saved[i]) keep[i] = saved[i];
  }
  CHECK(with(nullptr, nullptr, "ja_JP.UTF-8") == Lang::ja);
  CHECK(with("C.UTF-8", nullptr, "ja_JP.UTF-8") == Lang::en);
  CHECK(with("", "ja_JP.UTF-8", "C") == Lang::ja);  // an empty variable is not set
  CHECK(with(nullptr, nullptr, nullptr) == Lang::en);
  CHECK(with(nullptr, nullptr, "en_US.UTF-8") == Lang::en);
  for (int i = 0; i < 3; ++i) saved[i] ? ::setenv(names[i], keep[i].c_str(), 1) : ::unsetenv(names[i]);

  Lang l = Lang::en;
  CHECK(yplan::parse_language("ja", l));
  CHECK(l == Lang::ja);
  CHECK(yplan::parse_language("en", l));
  CHECK(l == Lang::en);
  CHECK_FALSE(yplan::parse_language("jp", l));
}

TEST_CASE("i18n: every Japanese message formats with its msgid's arguments") {
  auto entries = read_po(std::string(YPLAN_SOURCE_DIR) + "/po/ja.po");
  REQUIRE(entries.size() > 300);
  size_t checked = 0;
  for (const auto& e : entries) {
    if (e.msgid.empty()) continue;  // the header
    INFO("po/ja.po:" << e.line << ": " << e.msgid);
    CHECK_FALSE(e.fuzzy);
    CHECK_FALSE(e.msgstr.empty());
    const int count = placeholders(e.msgid);
    if (!e.msgid_plural.empty()) CHECK(placeholders(e.msgid_plural) == count);
    ++checked;
    if (count < 0) continue;  // not a format string
    const size_t n = static_cast<size_t>(count);
    // Each argument a distinct marker; the translation must use each exactly once.
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (size_t i = 0; i < n; ++i) args.push_back(fmt::format("<arg{}>", i));
    std::string english, japanese;
    CHECK_NOTHROW(english = fmt::vformat(e.msgid, args));
    CHECK_NOTHROW(japanese = fmt::vformat(e.msgstr, args));
    for (size_t i = 0; i < n; ++i) {
      std::string marker = fmt::format("<arg{}>", i);
      size_t first = japanese.find(marker);
      CHECK_MESSAGE(first != std::string::npos, "argument " << i << " missing: " << japanese);
      if (first != std::string::npos) CHECK(japanese.find(marker, first + 1) == std::string::npos);
    }
  }
  CHECK(checked + 1 == entries.size());
}

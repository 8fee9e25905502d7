// A plan file that is not UTF-8, recognised (see yaml/mistakes.hpp):
// UTF-16 by its byte-order mark or its NUL pattern, Shift_JIS (CP932) or
// EUC-JP by their double-byte characters; with the iconv line that converts
// it. And line ends that are a CR alone (old Mac OS), which yaml-cpp does
// not read as line ends.
#include "yaml/mistakes.hpp"

#include <algorithm>
#include <utf8proc.h>

#include "yplan/i18n.hpp"

namespace yplan::yaml::mistakes {
namespace {

// Is the whole text valid in an encoding, with at least two double-byte
// characters (one pair of bytes may be chance)? Each walks the bytes.
bool valid_cp932(std::string_view t) {
  int pairs = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80 || (b >= 0xA1 && b <= 0xDF)) continue;
    if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
      if (i + 1 >= t.size()) return false;
      auto c = static_cast<unsigned char>(t[++i]);
      if (c < 0x40 || c == 0x7F || c > 0xFC) return false;
      ++pairs;
      continue;
    }
    return false;
  }
  return pairs >= 2;
}

bool valid_euc_jp(std::string_view t) {
  auto hi = [](unsigned char c) { return c >= 0xA1 && c <= 0xFE; };
  int pairs = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) continue;
    if (hi(b) && i + 1 < t.size() && hi(static_cast<unsigned char>(t[i + 1]))) {
      ++i;
      ++pairs;
    } else if (b == 0x8E && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0xA1 &&
               static_cast<unsigned char>(t[i + 1]) <= 0xDF) {
      ++i;
    } else if (b == 0x8F && i + 2 < t.size() && hi(static_cast<unsigned char>(t[i + 1])) &&
               hi(static_cast<unsigned char>(t[i + 2]))) {
      i += 2;
    } else {
      return false;
    }
  }
  return pairs >= 2;
}

// Offset of the first byte that is not valid UTF-8; npos when all are.
size_t first_invalid_utf8(std::string_view t) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(t.data());
  size_t i = 0;
  while (i < t.size()) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(t.size() - i), &cp);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

std::string convert_help(const SourceFile& src, const char* iconv_name) {
  std::string file = src.path == "-" ? "FILE" : src.path;
  return trf("convert it to UTF-8: iconv -f {} -t UTF-8 {} > {}.utf8 (then use the new file), or save it "
             "as UTF-8 in your editor",
             iconv_name, file, file);
}

}  // namespace

bool explain_encoding(const SourceFile& src, ParseError& err) {
  std::string_view t = src.text;
  auto byte = [&](size_t i) { return i < t.size() ? static_cast<unsigned char>(t[i]) : 0x100u; };
  const char* utf16 = nullptr;
  const char* iconv_name = nullptr;  // with a byte-order mark, iconv's UTF-16 reads and drops it
  if (byte(0) == 0xFF && byte(1) == 0xFE) utf16 = "UTF-16LE", iconv_name = "UTF-16";
  else if (byte(0) == 0xFE && byte(1) == 0xFF) utf16 = "UTF-16BE", iconv_name = "UTF-16";
  else if (t.size() >= 4) {
    // No byte-order mark: ASCII in UTF-16 leaves every other byte NUL.
    size_t even = 0, odd = 0, n = std::min<size_t>(t.size() & ~size_t{1}, 256);
    for (size_t i = 0; i < n; ++i)
      if (t[i] == 0) ++(i % 2 ? odd : even);
    if (odd * 4 >= n && even == 0) utf16 = "UTF-16LE";
    else if (even * 4 >= n && odd == 0) utf16 = "UTF-16BE";
  }
  if (utf16) {
    err.pos = Pos{1, 1, 0};
    err.message = trf("the file is in {}, not UTF-8: yplan reads UTF-8 only", utf16);
    err.help = convert_help(src, iconv_name ? iconv_name : utf16);
    return true;
  }
  size_t bad = first_invalid_utf8(t);
  if (bad == std::string_view::npos) return false;
  const char* name = nullptr;
  // Kana and kanji in Shift_JIS use lead bytes 0x81-0x9F, which EUC-JP never
  // has; so a text valid as EUC-JP is EUC-JP.
  if (valid_euc_jp(t)) name = "EUC-JP", iconv_name = "EUC-JP";
  else if (valid_cp932(t)) name = "Shift_JIS (CP932)", iconv_name = "CP932";
  if (!name) return false;
  err.pos = src.pos_at_offset(bad);
  err.message = trf("the file is in {}, not UTF-8: yplan reads UTF-8 only", name);
  err.help = convert_help(src, iconv_name);
  return true;
}

bool lone_cr(const SourceFile& src, ParseError& err) {
  std::string_view t = src.text;
  size_t cr = t.find('\r');
  while (cr != std::string_view::npos && cr + 1 < t.size() && t[cr + 1] == '\n') cr = t.find('\r', cr + 2);
  if (cr == std::string_view::npos) return false;
  err.pos = src.pos_at_offset(cr);
  std::string file = src.path == "-" ? "FILE" : src.path;
  if (t.find('\n') == std::string_view::npos) {
    // Every line ends so: the file was saved with old Mac OS line ends.
    err.message = tr("the lines of this file end with a CR alone (old Mac OS line ends); yplan reads lines that "
                     "end with LF or CR LF");
    err.help = trf("convert the line ends to LF: tr '\\r' '\\n' < {} > {}.lf (then use the new file), or save "
                   "it with LF line ends in your editor",
                   file, file);
  } else {
    // One stray CR in a file whose other lines end with LF or CR LF.
    err.message = tr("a CR alone here (an old Mac OS line end) in a file whose other lines end with LF; yplan "
                     "does not read it as a line end");
    err.help = tr("delete the CR here (some editors show it as ^M), or save the file with LF line ends in "
                  "your editor");
  }
  return true;
}

}  // namespace yplan::yaml::mistakes

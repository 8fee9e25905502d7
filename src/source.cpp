#include "yplan/source.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

namespace yplan {

void SourceFile::index_lines() {
  line_starts_.clear();
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
}

size_t SourceFile::bom_length() const {
  return text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                 static_cast<unsigned char>(text[1]) == 0xBB &&
                 static_cast<unsigned char>(text[2]) == 0xBF
             ? 3
             : 0;
}

static uint32_t count_code_points(std::string_view bytes) {
  uint32_t n = 0;
  for (unsigned char c : bytes) {
    if ((c & 0xC0) != 0x80) ++n;  // every byte that is not a continuation byte
  }
  return n;
}

Pos SourceFile::pos_at_line_byte(int line0, int byte_col0) const {
  if (line0 < 0 || line_starts_.empty()) return {};
  size_t line = std::min<size_t>(static_cast<size_t>(line0), line_starts_.size() - 1);
  size_t start = line_starts_[line];
  // yaml-cpp drops a byte-order mark before it starts counting columns.
  if (line == 0) start += bom_length();
  size_t offset = std::min(text.size(), start + static_cast<size_t>(std::max(byte_col0, 0)));
  Pos p;
  p.line = static_cast<uint32_t>(line + 1);
  p.col = count_code_points(std::string_view(text).substr(start, offset - start)) + 1;
  p.offset = static_cast<uint32_t>(offset);
  return p;
}

Pos SourceFile::pos_at_offset(size_t offset) const {
  if (line_starts_.empty()) return {};
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line];
  if (line == 0 && offset >= bom_length()) start += bom_length();
  Pos p;
  p.line = static_cast<uint32_t>(line + 1);
  p.col = count_code_points(std::string_view(text).substr(start, offset - start)) + 1;
  p.offset = static_cast<uint32_t>(offset);
  return p;
}

bool read_source(const std::string& path, SourceFile& out, std::string& error) {
  out.path = path;
  if (path == "-") {
    out.text.clear();
    char buf[65536];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      out.text.append(buf, static_cast<size_t>(std::cin.gcount()));
      if (out.text.size() > kMaxFileSize) {
        error = tr("larger than 256 MiB, the most yplan reads");
        return false;
      }
    }
    out.index_lines();
    return true;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error = tr(std::strerror(errno));
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = tr("is a directory");
    return false;
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > kMaxFileSize) {
    error = tr("larger than 256 MiB, the most yplan reads");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = tr(std::strerror(errno));
    return false;
  }
  out.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = tr(std::strerror(errno));
    return false;
  }
  out.index_lines();
  return true;
}

}  // namespace yplan

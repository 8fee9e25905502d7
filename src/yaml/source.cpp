#include "yplan/source.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "yplan/i18n.hpp"

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

uint32_t count_code_points(std::string_view bytes) {
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

namespace {

// Reads `fd` to its end, never holding more than kMaxFileSize bytes: past the
// limit it stops and fails (a device such as /dev/zero, a FIFO or a process
// substitution has no size to check first). Partial reads and EINTR are retried.
bool read_bounded(int fd, std::string& text, std::string& error) {
  text.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      return false;
    }
    if (n == 0) return true;
    if (text.size() + static_cast<size_t>(n) > kMaxFileSize) {
      error = too_large_message();
      text.clear();
      text.shrink_to_fit();
      return false;
    }
    text.append(buf, static_cast<size_t>(n));
  }
}

}  // namespace

std::string too_large_message() { return tr("larger than 256 MiB, the most yplan reads"); }

bool read_source(const std::string& path, SourceFile& out, std::string& error) {
  out.path = path;
  if (path == "-") {
    if (!read_bounded(STDIN_FILENO, out.text, error)) return false;
    out.index_lines();
    return true;
  }
  // One open, then fstat on what was opened: the checks and the read are of
  // the same file. Any kind of file is read the same bounded way.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = tr(std::strerror(errno));
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    error = std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = tr("is a directory");
    return false;
  }
  if (S_ISREG(st.st_mode)) {
    if (static_cast<uint64_t>(st.st_size) > kMaxFileSize) {
      ::close(fd);
      error = too_large_message();
      return false;
    }
    out.text.reserve(static_cast<size_t>(st.st_size));
  }
  bool ok = read_bounded(fd, out.text, error);
  ::close(fd);
  if (!ok) return false;
  out.index_lines();
  return true;
}

}  // namespace yplan

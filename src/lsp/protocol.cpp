#include "protocol.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <poll.h>
#include <unistd.h>

namespace yplan::lsp {

bool Reader::fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  }
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      buf_.append(chunk, static_cast<size_t>(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    eof_ = true;
    return false;
  }
}

bool Reader::wait(int timeout_ms) {
  if (pos_ < buf_.size()) return true;
  if (eof_) return true;  // read() will report the end at once
  pollfd p{fd_, POLLIN, 0};
  for (;;) {
    int r = ::poll(&p, 1, timeout_ms);
    if (r < 0 && errno == EINTR) continue;
    return r > 0;
  }
}

Reader::Status Reader::read(std::string& body) {
  // Headers: lines ending in \r\n (a bare \n is accepted too), then an empty line.
  size_t length = 0;
  bool have_length = false;
  for (;;) {
    size_t nl;
    while ((nl = buf_.find('\n', pos_)) == std::string::npos) {
      if (buf_.size() - pos_ > 8192) return Status::bad_frame;  // no header is this long
      if (!fill()) return pos_ == buf_.size() ? Status::eof : Status::bad_frame;
    }
    std::string_view line(buf_.data() + pos_, nl - pos_);
    pos_ = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!have_length) continue;  // stray blank lines between messages
      break;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return Status::bad_frame;
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    if (name == "content-length") {
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), length);
      if (ec != std::errc() || p != value.data() + value.size() || length > (size_t{1} << 30)) return Status::bad_frame;
      have_length = true;
    }
  }
  while (buf_.size() - pos_ < length)
    if (!fill()) return Status::bad_frame;
  body.assign(buf_, pos_, length);
  pos_ += length;
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  }
  return Status::message;
}

bool write_message(int fd, std::string_view json) {
  std::string out = "Content-Length: " + std::to_string(json.size()) + "\r\n\r\n";
  out.append(json);
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::write(fd, out.data() + done, out.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

const char* encoding_name(Encoding e) {
  switch (e) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf16: return "utf-16";
    case Encoding::utf32: return "utf-32";
  }
  return "utf-16";
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

namespace {
// Bytes of the UTF-8 sequence led by `c` (1 for a stray continuation byte).
size_t seq_len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}
uint32_t units(unsigned char lead, Encoding e) {
  switch (e) {
    case Encoding::utf8: return static_cast<uint32_t>(seq_len(lead));
    case Encoding::utf16: return seq_len(lead) == 4 ? 2 : 1;
    case Encoding::utf32: return 1;
  }
  return 1;
}
}  // namespace

Position LineIndex::position(size_t offset, Encoding e) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin()) - 1;
  uint32_t ch = 0;
  for (size_t i = starts_[line]; i < offset;) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    ch += units(c, e);
    i += std::min(seq_len(c), offset - i);
  }
  return {static_cast<uint32_t>(line), ch};
}

size_t LineIndex::offset(Position p, Encoding e) const {
  if (p.line >= starts_.size()) return text_.size();
  size_t i = starts_[p.line];
  size_t end = p.line + 1 < starts_.size() ? starts_[p.line + 1] - 1 : text_.size();
  if (end > i && end <= text_.size() && end > 0 && text_[end - 1] == '\r' && end - 1 >= i) --end;
  uint32_t ch = 0;
  while (i < end && ch < p.character) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    ch += units(c, e);
    i = std::min(end, i + seq_len(c));
  }
  return i;
}

std::string uri_to_path(std::string_view uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.substr(0, scheme.size()) != scheme) return std::string(uri);
  std::string_view rest = uri.substr(scheme.size());
  std::string out;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size()) {
      int v = 0;
      auto [p, ec] = std::from_chars(rest.data() + i + 1, rest.data() + i + 3, v, 16);
      if (ec == std::errc() && p == rest.data() + i + 3) {
        out += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    out += rest[i];
  }
  return out;
}

}  // namespace yplan::lsp

#include "protocol.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include "yplan/i18n.hpp"

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

Reader::Ready Reader::wait(int timeout_ms, int other) {
  pollfd p[2] = {{other, POLLIN, 0}, {fd_, POLLIN, 0}};
  const bool buffered = pos_ < buf_.size() || eof_;  // read() answers without the descriptor
  for (;;) {
    int r = ::poll(p, buffered ? 1 : 2, buffered ? 0 : timeout_ms);
    if (r < 0 && errno == EINTR) continue;
    if (r > 0 && (p[0].revents & (POLLIN | POLLHUP))) return Ready::other;
    if (buffered || (r > 0 && p[1].revents)) return Ready::input;
    return Ready::none;
  }
}

Reader::Status Reader::fail(Status s, std::string why) {
  error_ = std::move(why);
  return s;
}

namespace {

constexpr size_t kMaxHeaderLine = 8192;

bool blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view v) {
  while (!v.empty() && blank(v.front())) v.remove_prefix(1);
  while (!v.empty() && blank(v.back())) v.remove_suffix(1);
  return v;
}

std::string lower(std::string_view v) {
  std::string out(v);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A header's text as sent, quoted for a message: headers are ASCII (LSP 3.17
// §Header Part), so any other byte is shown as \xNN; at most 40 bytes.
std::string shown(std::string_view v) {
  std::string out = "\"";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i == 40) {
      out += "...";
      break;
    }
    auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x20 || c >= 0x7f) {
      out += fmt::format("\\x{:02X}", c);
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += static_cast<char>(c);
  }
  return out + '"';
}

// The charset parameter of a Content-Type value, lower-cased, without
// quotes; empty when there is none (then utf-8 is meant).
std::string charset_of(std::string_view content_type) {
  std::string v = lower(content_type);
  size_t at = 0;
  while ((at = v.find(';', at)) != std::string::npos) {
    std::string_view param = trim(std::string_view(v).substr(at + 1));
    param = param.substr(0, param.find(';'));
    if (param.substr(0, 8) == "charset=") {
      std::string_view cs = trim(param.substr(8));
      if (cs.size() >= 2 && cs.front() == '"' && cs.back() == '"') cs = cs.substr(1, cs.size() - 2);
      return std::string(cs);
    }
    ++at;
  }
  return {};
}

}  // namespace

Reader::Status Reader::read(std::string& body) {
  // A skipped message's content first: discarded as it arrives, never held.
  while (skip_ > 0) {
    if (pos_ == buf_.size() && !fill()) {
      if (!skip_huge_.empty())  // no count of missing bytes to give: the length is past 2^64
        return fail(Status::truncated, trf("the input ended inside a skipped message of {} bytes (its Content-Length)",
                                           skip_huge_));
      return fail(Status::truncated, trf("the input ended inside a skipped message: {} bytes of its content are missing", skip_));
    }
    size_t n = static_cast<size_t>(std::min<uint64_t>(skip_, buf_.size() - pos_));
    pos_ += n;
    skip_ -= n;
  }
  // Headers: lines ending in \r\n (a bare \n is accepted too), then an empty line.
  uint64_t length = 0;
  std::string length_text;  // the Content-Length value as sent
  bool have_length = false, too_long = false, any_header = false;
  std::string charset;
  for (;;) {
    size_t nl;
    while ((nl = buf_.find('\n', pos_)) == std::string::npos) {
      if (buf_.size() - pos_ > kMaxHeaderLine)
        return fail(Status::bad_frame, trf("a header line is longer than {} bytes: {}", kMaxHeaderLine,
                                           shown(std::string_view(buf_).substr(pos_))));
      if (!fill()) {
        if (pos_ == buf_.size() && !any_header) return Status::eof;
        return fail(Status::truncated, tr("the input ended inside a message's headers"));
      }
    }
    std::string_view line(buf_.data() + pos_, nl - pos_);
    pos_ = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    auto colon = line.find(':');
    if (colon == std::string_view::npos)
      return fail(Status::bad_frame, trf("a header line has no colon (a header is \"Name: value\"): {}", shown(line)));
    std::string name = lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-type") {
      charset = charset_of(value);
      continue;
    }
    if (name != "content-length") continue;  // other headers are allowed and ignored
    bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
      if (value.size() > 1 && value.front() == '-' &&
          std::all_of(value.begin() + 1, value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail(Status::bad_frame, trf("Content-Length {} is negative; it must be the content's size in bytes", shown(value)));
      return fail(Status::bad_frame, trf("Content-Length {} is not a number of bytes", shown(value)));
    }
    uint64_t n = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    bool huge = ec == std::errc::result_out_of_range;  // more than 2^64 - 1: longer than any limit
    if (huge) n = UINT64_MAX;
    if (have_length && (n != length || (huge && value != length_text)))
      return fail(Status::bad_frame, trf("a message has two Content-Length headers that disagree: {} and {}", shown(length_text), shown(value)));
    length = n;
    length_text = std::string(value);
    too_long = huge || n > max_;
    have_length = true;
  }
  if (!have_length) return fail(Status::bad_frame, tr("a message's headers end without a Content-Length header"));
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    skip_ = length;
    return fail(Status::skipped, trf("a message's Content-Type names the charset {}; only utf-8 is read; the message is skipped",
                                     shown(charset)));
  }
  if (too_long) {
    skip_ = length;
    skip_huge_ = length == UINT64_MAX && length_text != "18446744073709551615" ? length_text : "";
    return fail(Status::skipped, trf("a message of {} bytes (its Content-Length) is longer than the limit of {} bytes; "
                                     "the message is skipped",
                                     length_text, max_));
  }
  while (buf_.size() - pos_ < length)
    if (!fill())
      return fail(Status::truncated, trf("the input ended inside a message: {} of the {} bytes of its content are missing",
                                         length - (buf_.size() - pos_), length));
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

size_t LineIndex::line_end(uint32_t line) const {
  if (line >= starts_.size()) return text_.size();
  size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  if (end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

size_t LineIndex::walk(Position p, Encoding e, uint32_t& ch) const {
  size_t i = starts_[p.line];
  size_t end = line_end(p.line);
  ch = 0;
  while (i < end && ch < p.character) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    ch += units(c, e);
    i = std::min(end, i + seq_len(c));
  }
  return i;
}

size_t LineIndex::offset(Position p, Encoding e) const {
  if (p.line >= starts_.size()) return text_.size();
  uint32_t ch = 0;
  return walk(p, e, ch);
}

LineIndex::Fit LineIndex::locate(Position p, Encoding e, size_t& offset) const {
  if (p.line >= starts_.size()) return Fit::past_last_line;
  uint32_t ch = 0;
  const size_t i = walk(p, e, ch);
  if (ch < p.character) return Fit::past_line_end;
  if (ch > p.character) return Fit::inside_character;
  offset = i;
  return Fit::exact;
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

std::string path_to_uri(std::string_view path) {
  std::string out = "file://";
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/')
      out += ch;
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace yplan::lsp

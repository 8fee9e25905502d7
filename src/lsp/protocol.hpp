// The language server's protocol layer: JSON-RPC 2.0 messages framed by
// Content-Length headers (LSP 3.17 §Base Protocol), the error codes, and
// positions in the negotiated encoding (§Position, §PositionEncodingKind).
// It knows nothing of plans; the features (features.hpp) know nothing of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yplan::lsp {

// JSON-RPC and LSP error codes (LSP 3.17 §ErrorCodes, §LSPErrorCodes).
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestFailed = -32803,
  kRequestCancelled = -32800,
};

// The largest message body read (LSP 3.17 §Base Protocol sets none): 1 GiB.
// A longer one is skipped, never held in memory.
constexpr size_t kMaxMessageSize = size_t{1} << 30;

// Reads framed messages from a file descriptor (standard input). A message
// is headers ("Content-Length: N", optionally "Content-Type: ..."), an empty
// line, then N bytes of JSON (LSP 3.17 §Base Protocol: Header Part).
class Reader {
 public:
  // `max_size`: the longest content read (kMaxMessageSize; smaller in tests).
  explicit Reader(int fd, uint64_t max_size = kMaxMessageSize) : fd_(fd), max_(max_size) {}

  enum class Status {
    message,  // `body` holds one message's content
    eof,      // the input ended between messages
    skipped,  // a message was framed correctly but cannot be read: longer
              // than kMaxMessageSize, or a charset other than utf-8 in its
              // Content-Type; its content is skipped (the next read()
              // discards it, never holding it) and error() says why
    bad_frame,  // the headers cannot be read (no Content-Length, or not a
                // number of bytes, two that disagree, a line with no colon):
                // where the next message starts is unknown, so the stream
                // is lost; error() says why
    truncated,  // the input ended inside a message; error() says where
  };
  // Blocks until a whole message is read (or skipped).
  Status read(std::string& body);
  // Why the last read() gave skipped, bad_frame or truncated, one sentence in the
  // user's language naming the header and the limit.
  const std::string& error() const { return error_; }

  // True when input is waiting (in the buffer or on the descriptor) within
  // `timeout_ms` milliseconds (0: just look; -1: wait for ever).
  bool wait(int timeout_ms);
  // The same, also watching `other` (a descriptor that becomes readable,
  // the worker's): which is ready first (`other` before input when both).
  enum class Ready { none, input, other };
  Ready wait(int timeout_ms, int other);

 private:
  bool fill();  // reads more bytes; false at end of input
  Status fail(Status s, std::string why);
  int fd_;
  uint64_t max_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t skip_ = 0;  // bytes of a skipped message's content still to discard
  std::string skip_huge_;  // its Content-Length as sent, when past 2^64 - 1 (skip_ is then only a bound)
  std::string error_;
};

// Writes one message with its Content-Length header to a file descriptor,
// whole (retrying short writes). False when the descriptor is closed.
bool write_message(int fd, std::string_view json);

// How positions count characters within a line (LSP 3.17 §PositionEncodingKind).
enum class Encoding { utf8, utf16, utf32 };
const char* encoding_name(Encoding e);  // "utf-8", "utf-16", "utf-32"

// A zero-based line and character offset in the negotiated encoding.
struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
  friend auto operator<=>(const Position&, const Position&) = default;  // line, then character
};

// Converts byte offsets of a text to LSP positions and back. Lines end at
// "\n" (a "\r" before it is part of the line's end, never of a position).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(size_t offset, Encoding e) const;
  // The byte offset of a position; a character past the line's end means
  // its end, a line past the last one means the end of the text.
  size_t offset(Position p, Encoding e) const;

  // Where a position falls, for an edit, which must name a place that exists
  // (no clamping): `exact` sets `offset`; otherwise the line is past the
  // last one, or the character past its line's end (before "\r\n"), or
  // inside a character (the middle of a surrogate pair, of a UTF-8 sequence).
  enum class Fit { exact, past_last_line, past_line_end, inside_character };
  Fit locate(Position p, Encoding e, size_t& offset) const;
  // The byte offset of the end of line `line` (before its "\r\n" or "\n");
  // the end of the text for a line past the last.
  size_t line_end(uint32_t line) const;

 private:
  // From the start of p.line, the byte where p.character units are reached
  // or the line ends; `units` gets the units counted (past p.character when
  // p falls inside a character). p.line must exist.
  size_t walk(Position p, Encoding e, uint32_t& units) const;
  std::string_view text_;
  std::vector<size_t> starts_;
};

// file:///a/b%20c.yaml → /a/b c.yaml; anything else is returned as is.
std::string uri_to_path(std::string_view uri);
// /a/b c.yaml → file:///a/b%20c.yaml: every byte but A-Z a-z 0-9 - . _ ~ /
// percent-encoded (RFC 3986 §2.1, §3.3). `path` is absolute.
std::string path_to_uri(std::string_view path);

}  // namespace yplan::lsp

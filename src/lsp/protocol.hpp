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
};

// Reads framed messages from a file descriptor (standard input). A message
// is headers ("Content-Length: N", optionally "Content-Type: ..."), an empty
// line, then N bytes of JSON.
class Reader {
 public:
  explicit Reader(int fd) : fd_(fd) {}

  enum class Status { message, eof, bad_frame };
  // Blocks until a whole message is read. bad_frame: the headers could not
  // be read (no Content-Length, or not a number); the stream is then lost.
  Status read(std::string& body);

  // True when input is waiting (in the buffer or on the descriptor) within
  // `timeout_ms` milliseconds (0: just look; -1: wait for ever).
  bool wait(int timeout_ms);

 private:
  bool fill();  // reads more bytes; false at end of input
  int fd_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
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
  friend bool operator==(const Position&, const Position&) = default;
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

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// file:///a/b%20c.yaml → /a/b c.yaml; anything else is returned as is.
std::string uri_to_path(std::string_view uri);

}  // namespace yplan::lsp

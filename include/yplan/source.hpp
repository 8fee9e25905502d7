// A plan file's bytes, and the mapping from byte offsets to line:column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yplan {

// A position in a source file. Lines and columns are 1-based; a column counts
// Unicode code points (what editors show), not bytes. 0 means "unknown".
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t offset = 0;  // byte offset into SourceFile::text

  bool known() const { return line != 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
};

// The number of code points in `bytes`: the unit of Pos::col (a column
// counts characters, as editors show them, not bytes).
uint32_t count_code_points(std::string_view bytes);

struct SourceFile {
  std::string path;  // as the user named it ("-" for standard input)
  std::string text;  // the bytes, unchanged

  // Builds the line table; call once after `text` is set.
  void index_lines();

  // Position of a 0-based line and 0-based byte column (yaml-cpp's marks).
  Pos pos_at_line_byte(int line0, int byte_col0) const;
  // Position of a byte offset.
  Pos pos_at_offset(size_t offset) const;
  // Length in bytes of a UTF-8 byte-order mark at the start (0 or 3).
  size_t bom_length() const;

 private:
  std::vector<uint32_t> line_starts_;
};

// The largest plan file yplan reads (256 MiB): past it, memory would no
// longer be bounded by what a plan can reasonably be.
constexpr size_t kMaxFileSize = size_t{256} << 20;

// Reads a file (or standard input for "-"). Every read of yplan goes through
// here: any kind of file (regular, device, FIFO, a shell's `<(cmd)`) is read
// with at most kMaxFileSize bytes held; past that it stops. On failure returns
// false and sets `error` to a one-line reason (strerror wording, "is a
// directory", or too_large_message()).
bool read_source(const std::string& path, SourceFile& out, std::string& error);

// The reason given for input past kMaxFileSize: "larger than 256 MiB, the
// most yplan reads" (in the user's language).
std::string too_large_message();

}  // namespace yplan

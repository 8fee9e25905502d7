// Byte offsets to 1-based line:column in code points (source.hpp).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "helpers.hpp"
#include "yplan/source.hpp"

using yplan::Pos;
using yplan_test::source;

namespace {
std::string at(const Pos& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.col) + "@" + std::to_string(p.offset);
}
}  // namespace

TEST_CASE("pos_at_offset: 1-based lines and columns") {
  auto src = source("ab\ncd\n\nef");
  CHECK(at(src.pos_at_offset(0)) == "1:1@0");
  CHECK(at(src.pos_at_offset(1)) == "1:2@1");
  CHECK(at(src.pos_at_offset(2)) == "1:3@2");  // the newline itself
  CHECK(at(src.pos_at_offset(3)) == "2:1@3");
  CHECK(at(src.pos_at_offset(6)) == "3:1@6");  // the empty line
  CHECK(at(src.pos_at_offset(8)) == "4:2@8");
  CHECK(at(src.pos_at_offset(100)) == "4:3@9");  // clamped to the end
}

TEST_CASE("pos_at_offset: columns count code points, not bytes") {
  // 名前 is 6 bytes, 2 code points.
  auto src = source("名前: 値\n");
  CHECK(at(src.pos_at_offset(6)) == "1:3@6");   // the colon
  CHECK(at(src.pos_at_offset(8)) == "1:5@8");   // 値
  CHECK(at(src.pos_at_offset(11)) == "1:6@11"); // the newline
}

TEST_CASE("pos_at_line_byte: yaml-cpp marks (0-based line, byte column)") {
  auto src = source("a: 1\n名前: 値\n");
  CHECK(at(src.pos_at_line_byte(0, 0)) == "1:1@0");
  CHECK(at(src.pos_at_line_byte(0, 3)) == "1:4@3");
  CHECK(at(src.pos_at_line_byte(1, 8)) == "2:5@13");
  CHECK(at(src.pos_at_line_byte(-1, 0)) == "0:0@0");  // unknown
  CHECK_FALSE(src.pos_at_line_byte(-1, 0).known());
}

TEST_CASE("a byte-order mark takes no column") {
  auto src = source("\xEF\xBB\xBF" "a: 1\nb: 2\n");
  CHECK(src.bom_length() == 3);
  CHECK(at(src.pos_at_line_byte(0, 0)) == "1:1@3");  // yaml-cpp counts after the BOM
  CHECK(at(src.pos_at_line_byte(0, 3)) == "1:4@6");
  CHECK(at(src.pos_at_line_byte(1, 3)) == "2:4@11");
  CHECK(at(src.pos_at_offset(3)) == "1:1@3");
  CHECK(at(src.pos_at_offset(6)) == "1:4@6");

  CHECK(source("a: 1\n").bom_length() == 0);
  CHECK(source("\xEF\xBB").bom_length() == 0);
}

TEST_CASE("CRLF line ends: the carriage return belongs to its line") {
  auto src = source("a: 1\r\nbb: x\r\n");
  CHECK(at(src.pos_at_offset(6)) == "2:1@6");
  CHECK(at(src.pos_at_offset(10)) == "2:5@10");
  CHECK(at(src.pos_at_line_byte(1, 4)) == "2:5@10");
}

TEST_CASE("a source without its line table knows no positions") {
  yplan::SourceFile src;
  src.text = "a: 1\n";
  CHECK_FALSE(src.pos_at_offset(0).known());
  CHECK_FALSE(src.pos_at_line_byte(0, 0).known());
}

TEST_CASE("read_source: bytes unchanged, I/O errors in strerror wording") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("yplan-unit-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "plan.yaml";
  const std::string bytes = "\xEF\xBB\xBF" "a: 1\r\n名前: 値\n";
  {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
  }

  yplan::SourceFile src;
  std::string error;
  REQUIRE(yplan::read_source(file.string(), src, error));
  CHECK(src.path == file.string());
  CHECK(src.text == bytes);
  CHECK(at(src.pos_at_offset(9)) == "2:1@9");  // the line table is built

  yplan::SourceFile missing;
  CHECK_FALSE(yplan::read_source((dir / "nope.yaml").string(), missing, error));
  CHECK(error == "No such file or directory");

  yplan::SourceFile directory;
  CHECK_FALSE(yplan::read_source(dir.string(), directory, error));
  CHECK(error == "is a directory");

  fs::remove_all(dir);
}

TEST_CASE("read_source: a device is read bounded, like any file") {
  yplan::SourceFile f;
  std::string err;
  CHECK_FALSE(yplan::read_source("/dev/zero", f, err));
  CHECK(err == "larger than 256 MiB, the most yplan reads");
  CHECK(f.text.capacity() <= yplan::kMaxFileSize);
  err.clear();
  CHECK(yplan::read_source("/dev/null", f, err));
  CHECK(f.text.empty());
  CHECK(err.empty());
}

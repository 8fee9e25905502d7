// The language server's protocol layer: positions in UTF-8/16/32, framing, URIs.
#include <doctest/doctest.h>
#include <unistd.h>

#include <string>

#include "lsp/protocol.hpp"

using namespace yplan::lsp;

TEST_CASE("positions count UTF-16 code units, UTF-8 bytes or code points") {
  // 𠮷 is outside the BMP: 4 bytes, 2 UTF-16 units, 1 code point; 田 is 3, 1, 1.
  std::string text = "a: 1\r\nk: 𠮷田x\n";
  LineIndex idx(text);
  size_t x = text.find('x');
  CHECK(idx.position(x, Encoding::utf16) == Position{1, 6});
  CHECK(idx.position(x, Encoding::utf8) == Position{1, 10});
  CHECK(idx.position(x, Encoding::utf32) == Position{1, 5});
  CHECK(idx.offset({1, 6}, Encoding::utf16) == x);
  CHECK(idx.offset({1, 10}, Encoding::utf8) == x);
  CHECK(idx.offset({1, 5}, Encoding::utf32) == x);
  // Past the end of a line: its end, before "\r\n"; past the last line: the end.
  CHECK(idx.offset({0, 99}, Encoding::utf16) == 4);
  CHECK(idx.offset({9, 0}, Encoding::utf16) == text.size());
  // The middle of a surrogate pair rounds to the character's end, never inside it.
  CHECK(idx.offset({1, 4}, Encoding::utf16) == text.find("田"));
  CHECK(idx.position(text.size(), Encoding::utf16) == Position{2, 0});
}

TEST_CASE("messages are read by Content-Length, whatever the chunks") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::string in = "Content-Length: 2\r\n\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                   "content-length: 8\r\n\r\n[1,\"ä\"]";
  REQUIRE(write(fds[1], in.data(), in.size()) == static_cast<ssize_t>(in.size()));
  close(fds[1]);
  Reader r(fds[0]);
  std::string body;
  CHECK(r.read(body) == Reader::Status::message);
  CHECK(body == "{}");
  CHECK(r.wait(0));
  CHECK(r.read(body) == Reader::Status::message);
  CHECK(body == "[1,\"ä\"]");
  CHECK(r.read(body) == Reader::Status::eof);
  close(fds[0]);
}

TEST_CASE("a header without a length is a broken frame") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::string in = "Content-Length: x\r\n\r\n{}";
  REQUIRE(write(fds[1], in.data(), in.size()) == static_cast<ssize_t>(in.size()));
  close(fds[1]);
  Reader r(fds[0]);
  std::string body;
  CHECK(r.read(body) == Reader::Status::bad_frame);
  close(fds[0]);
}

TEST_CASE("a message is written with its length in bytes") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(write_message(fds[1], "\"千\""));
  close(fds[1]);
  char buf[64];
  ssize_t n = read(fds[0], buf, sizeof buf);
  CHECK(std::string(buf, static_cast<size_t>(n)) == "Content-Length: 5\r\n\r\n\"千\"");
  close(fds[0]);
}

TEST_CASE("file URIs become paths") {
  CHECK(uri_to_path("file:///tmp/a%20b/%E5%8D%83.yaml") == "/tmp/a b/千.yaml");
  CHECK(uri_to_path("untitled:Untitled-1") == "untitled:Untitled-1");
}

// The language server's protocol layer: positions in UTF-8/16/32, framing, URIs.
#include <doctest/doctest.h>
#include <unistd.h>

#include <string>
#include <vector>

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

namespace {
// What Reader::read gives on `in` (then the end of input): each status, and
// the error when there is one, or the body.
std::vector<std::string> read_all(const std::string& in, uint64_t max = kMaxMessageSize) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(write(fds[1], in.data(), in.size()) == static_cast<ssize_t>(in.size()));
  close(fds[1]);
  Reader r(fds[0], max);
  std::vector<std::string> out;
  for (;;) {
    std::string body;
    auto st = r.read(body);
    switch (st) {
      case Reader::Status::message: out.push_back("message " + body); continue;
      case Reader::Status::skipped: out.push_back("skipped: " + r.error()); continue;
      case Reader::Status::bad_frame: out.push_back("bad frame: " + r.error()); break;
      case Reader::Status::truncated: out.push_back("truncated: " + r.error()); break;
      case Reader::Status::eof: out.push_back("eof"); break;
    }
    break;
  }
  close(fds[0]);
  return out;
}
using Out = std::vector<std::string>;
}  // namespace

TEST_CASE("a Content-Length that is not a number of bytes is a broken frame, named as sent") {
  CHECK(read_all("Content-Length: x\r\n\r\n{}") == Out{"bad frame: Content-Length \"x\" is not a number of bytes"});
  CHECK(read_all("Content-Length: -5\r\n\r\n{}") ==
        Out{"bad frame: Content-Length \"-5\" is negative; it must be the content's size in bytes"});
  CHECK(read_all("Content-Length:\r\n\r\n{}") == Out{"bad frame: Content-Length \"\" is not a number of bytes"});
  CHECK(read_all("Content-Length: +2\r\n\r\n{}") == Out{"bad frame: Content-Length \"+2\" is not a number of bytes"});
  CHECK(read_all("Content-Length: 2.0\r\n\r\n{}") == Out{"bad frame: Content-Length \"2.0\" is not a number of bytes"});
  CHECK(read_all("Content-Length: 0x10\r\n\r\n{}") == Out{"bad frame: Content-Length \"0x10\" is not a number of bytes"});
  CHECK(read_all("Content-Length: \xE5\x8D\x83\r\n\r\n{}") ==
        Out{"bad frame: Content-Length \"\\xE5\\x8D\\x83\" is not a number of bytes"});
  CHECK(read_all("Content-Type: application/vscode-jsonrpc\r\n\r\n{}") ==
        Out{"bad frame: a message's headers end without a Content-Length header"});
  CHECK(read_all("Content-Length: 2\r\ncontent-length: 3\r\n\r\n{}") ==
        Out{"bad frame: a message has two Content-Length headers that disagree: \"2\" and \"3\""});
  CHECK(read_all("Content-Length 2\r\n\r\n{}") ==
        Out{"bad frame: a header line has no colon (a header is \"Name: value\"): \"Content-Length 2\""});
  CHECK(read_all(std::string(9000, 'x')) ==
        Out{"bad frame: a header line is longer than 8192 bytes: \"" + std::string(40, 'x') + "...\""});
  // The same length twice, blanks (space, tab) around it: one message.
  CHECK(read_all("Content-Length: 2\r\nContent-Length:\t02 \r\n\r\n{}") == Out{"message {}", "eof"});
}

TEST_CASE("a message longer than the limit is skipped whole, and the next one read") {
  std::string big(20, 'x');
  CHECK(read_all("Content-Length: 20\r\n\r\n" + big + "Content-Length: 2\r\n\r\n{}", 19) ==
        Out{"skipped: a message of 20 bytes (its Content-Length) is longer than the limit of 19 bytes; the message is skipped",
            "message {}", "eof"});
  CHECK(read_all("Content-Length: 19\r\n\r\n" + std::string(19, 'x'), 19) == Out{"message " + std::string(19, 'x'), "eof"});
  // The default limit, 1 GiB; a length past 2^64 is longer than any limit.
  CHECK(read_all("Content-Length: 1073741825\r\n\r\n{}") ==
        Out{"skipped: a message of 1073741825 bytes (its Content-Length) is longer than the limit of 1073741824 bytes; "
            "the message is skipped",
            "truncated: the input ended inside a skipped message: 1073741823 bytes of its content are missing"});
  CHECK(read_all("Content-Length: 99999999999999999999999\r\n\r\n{}") ==
        Out{"skipped: a message of 99999999999999999999999 bytes (its Content-Length) is longer than the limit of "
            "1073741824 bytes; the message is skipped",
            // No count of missing bytes: 2^64 - 1 less what came would be a wrong figure.
            "truncated: the input ended inside a skipped message of 99999999999999999999999 bytes (its Content-Length)"});
}

TEST_CASE("a charset other than utf-8 is refused, the message skipped") {
  CHECK(read_all("Content-Type: application/vscode-jsonrpc; charset=utf-16\r\nContent-Length: 4\r\n\r\n{ }\n"
                 "Content-Length: 2\r\n\r\n{}") ==
        Out{"skipped: a message's Content-Type names the charset \"utf-16\"; only utf-8 is read; the message is skipped",
            "message {}", "eof"});
  // utf8, the older spelling, is utf-8 (LSP 3.17 §Content Part), in any case and quoted.
  CHECK(read_all("Content-Type: application/vscode-jsonrpc; charset=\"UTF8\"\r\nContent-Length: 2\r\n\r\n{}") ==
        Out{"message {}", "eof"});
}

TEST_CASE("the input ending inside a message is told apart from its end between messages") {
  CHECK(read_all("\r\n") == Out{"eof"});
  CHECK(read_all("Content-Len") == Out{"truncated: the input ended inside a message's headers"});
  CHECK(read_all("Content-Length: 2\r\n") == Out{"truncated: the input ended inside a message's headers"});
  CHECK(read_all("Content-Length: 10\r\n\r\n{\"a\"") ==
        Out{"truncated: the input ended inside a message: 6 of the 10 bytes of its content are missing"});
}

TEST_CASE("an edit's position must name a place in the text") {
  // Line 1 holds 𠮷 (2 UTF-16 units, 4 bytes) and ends in \r\n; the text ends without a newline.
  std::string text = "ab\n\xF0\xA0\xAE\xB7" "c\r\nxyz";
  LineIndex idx(text);
  size_t off = 99;
  CHECK(idx.locate({0, 2}, Encoding::utf16, off) == LineIndex::Fit::exact);
  CHECK(off == 2);
  CHECK(idx.locate({0, 3}, Encoding::utf16, off) == LineIndex::Fit::past_line_end);
  CHECK(idx.locate({1, 1}, Encoding::utf16, off) == LineIndex::Fit::inside_character);
  CHECK(idx.locate({1, 2}, Encoding::utf8, off) == LineIndex::Fit::inside_character);
  CHECK(idx.locate({1, 2}, Encoding::utf16, off) == LineIndex::Fit::exact);
  CHECK(off == 7);
  CHECK(idx.locate({1, 3}, Encoding::utf16, off) == LineIndex::Fit::exact);  // before "\r\n"
  CHECK(off == 8);
  CHECK(idx.locate({1, 4}, Encoding::utf16, off) == LineIndex::Fit::past_line_end);  // between \r and \n
  CHECK(idx.locate({2, 3}, Encoding::utf16, off) == LineIndex::Fit::exact);
  CHECK(off == text.size());
  CHECK(idx.locate({2, 4}, Encoding::utf16, off) == LineIndex::Fit::past_line_end);
  CHECK(idx.locate({3, 0}, Encoding::utf16, off) == LineIndex::Fit::past_last_line);
  CHECK(idx.line_end(1) == 8);
  CHECK(idx.line_end(9) == text.size());
  // Requests keep the protocol's rule: a character past the line's end means its end.
  CHECK(idx.offset({0, 99}, Encoding::utf16) == 2);
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

TEST_CASE("file URIs become paths, and paths file URIs") {
  CHECK(uri_to_path("file:///tmp/a%20b/%E5%8D%83.yaml") == "/tmp/a b/千.yaml");
  CHECK(path_to_uri("/tmp/a b/千#1%.yaml") == "file:///tmp/a%20b/%E5%8D%83%231%25.yaml");
  CHECK(uri_to_path(path_to_uri("/opt/yplan-1.0_x~/share/man")) == "/opt/yplan-1.0_x~/share/man");
  CHECK(uri_to_path("untitled:Untitled-1") == "untitled:Untitled-1");
}

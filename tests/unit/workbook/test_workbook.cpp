// The workbook family: cell names, values compared as the plan reads them, SHA-256.
#include <doctest/doctest.h>

#include "yplan/workbook.hpp"

using namespace yplan::workbook;

TEST_CASE("cells are named as a spreadsheet names them") {
  CHECK(cell_name(0, 0) == "A1");
  CHECK(cell_name(4, 2) == "C5");
  CHECK(cell_name(9, 25) == "Z10");
  CHECK(cell_name(0, 26) == "AA1");
  CHECK(cell_name(0, 701) == "ZZ1");
  CHECK(cell_name(0, 702) == "AAA1");
  CHECK(cell_name("projects", 4, 2) == "projects!C5");
}

TEST_CASE("numbers compare by value, text byte for byte") {
  CHECK(same_value(Kind::amount, "200753", "200,753"));
  CHECK(same_value(Kind::amount, "-500", "△500"));
  CHECK(same_value(Kind::number, "1", "1.0"));
  CHECK(same_value(Kind::number, "56.4", "５６．４"));
  CHECK_FALSE(same_value(Kind::number, "56.4", "56.41"));
  CHECK_FALSE(same_value(Kind::amount, "", "0"));
  CHECK_FALSE(same_value(Kind::text, "2.10", "2.1"));
  CHECK_FALSE(same_value(Kind::text, "1,234", "1234"));
  CHECK(same_value(Kind::text, "移住", "移住"));
}

TEST_CASE("SHA-256 matches FIPS 180-4's examples") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a file that is not a workbook is refused with its name") {
  Book b;
  std::string err;
  CHECK_FALSE(read_book("/nonexistent/book.xlsx", b, err));
  CHECK(err.find("/nonexistent/book.xlsx") != std::string::npos);
}

TEST_CASE("a book without the export's record is refused") {
  Book b;
  b.sheets.push_back(Sheet{"Sheet1", 0, {}});
  Source s;
  std::string err;
  CHECK_FALSE(read_source(b, s, err));
  CHECK(err.find("_yplan") != std::string::npos);
}

TEST_CASE("years compare by year, flags with absent as false") {
  CHECK(same_value(Kind::year, "R2", "令和２年度"));
  CHECK(same_value(Kind::year, "2020", "R2"));
  CHECK_FALSE(same_value(Kind::year, "R2", "R3"));
  CHECK(same_value(Kind::flag, "", "false"));
  CHECK_FALSE(same_value(Kind::flag, "", "true"));
}

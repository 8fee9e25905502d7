// A table of text cells and its renderings: aligned text (by display width,
// so Japanese lines up), GitHub Markdown, and RFC 4180 CSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace yplan {

struct Column {
  std::string header;
  bool right = false;     // right-align (numbers)
  bool flexible = false;  // takes the width left over, truncated with … to fit
  size_t min_width = 6;   // a flexible column never shrinks below this
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> rules_before;  // row indices preceded by a horizontal rule (text)

  void add(std::vector<std::string> row) { rows.push_back(std::move(row)); }
};

// Aligned text no wider than `width` columns (the flexible columns shrink;
// every column starts at the same place on every line). Columns are separated
// by two spaces; no line ends in a space (the last column is not padded).
// When even the shrunk columns do not fit, each row is printed as a record of
// "Header: cell" lines, wrapped to `width`.
void render_text_table(std::ostream& out, const Table& t, size_t width);

// A GitHub-flavoured Markdown table (| and newlines in cells escaped).
void render_markdown_table(std::ostream& out, const Table& t);

// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold
// a comma, quote, CR or LF (quotes doubled). A field beginning with =, +, -,
// @, tab or CR is neutralised as OWASP's "CSV Injection" advises: a leading '
// and quotes ("'=1+1"), so that a spreadsheet shows it as text, never runs it.
// Exception: in a number column (Column::right) a plain number such as -4543
// or -64.1 is a figure and stays as it is. CSV is for programs; people get
// the xlsx workbook (yplan-report(1)).
void render_csv_table(std::ostream& out, const Table& t);
std::string csv_field(const std::string& s, bool number_column = false);

}  // namespace yplan

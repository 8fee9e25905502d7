// Reading a workbook that `yplan export` wrote, after staff edited it: the
// cells (liborcus reads the xlsx), the record the export left in its hidden
// sheet, and the cells that differ from what was exported.
//
// The contract between export (src/render/workbook_export.cpp) and import:
// every editable cell is one row of the hidden sheet `_yplan` (kSourceSheet),
// naming its sheet, the key of its row (the row's locked id cells), its
// column, the contract path it edits (yplan-get(1)), its kind, whether an
// empty cell may delete the value, and the value as the file had it at
// export. Rows are found by key, not by number, so sorting a sheet changes
// nothing. yplan-import(1) describes it for users.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yplan::workbook {

// The format of the hidden sheet; an import refuses another.
constexpr int kFormatVersion = 1;
constexpr std::string_view kSourceSheet = "_yplan";
// Where the entries start in the hidden sheet (0-based row; rows before it
// hold format, plan, sha256, lang and a header row).
constexpr uint32_t kFirstEntryRow = 5;

// The data sheets, in order, and how many leading columns hold a row's key.
struct SheetKind {
  std::string_view name;
  int key_columns;
};
inline constexpr SheetKind kSheets[] = {{"sections", 1}, {"projects", 1}, {"listings", 2},
                                        {"totals", 1},   {"kpis", 2},     {"actuals", 1}};
int key_columns(std::string_view sheet);  // 0: not a data sheet

// A value read from a cell: what the xlsx holds (a formula's cached result).
struct Cell {
  enum Type { blank, string, numeric, logical } type = blank;
  std::string text;  // text; a date as YYYY-MM-DD
  double number = 0;
  bool flag = false;
};

struct Sheet {
  std::string name;
  uint32_t rows = 0;  // 1 + the last row that holds a cell
  std::unordered_map<uint64_t, Cell> cells;  // (row << 16 | col) → cell; 0-based
  const Cell& at(uint32_t row, uint32_t col) const;
};

struct Book {
  std::vector<Sheet> sheets;
  const Sheet* find(std::string_view name) const;
};

// Reads an .xlsx file with liborcus. False with a one-line reason (in the
// user's language) when it is missing or not a workbook orcus can read.
bool read_book(const std::string& path, Book& out, std::string& error);

// "A1" for a 0-based row and column; "Sheet!A1" with a sheet name.
std::string cell_name(uint32_t row, uint32_t col);
std::string cell_name(std::string_view sheet, uint32_t row, uint32_t col);

// The kind of value an editable cell holds.
enum class Kind { text, amount, number, word, year, flag };
const char* kind_name(Kind k);                 // "text", "amount", ...
std::optional<Kind> parse_kind(std::string_view name);

// One editable cell as exported.
struct Entry {
  std::string sheet;
  std::string key;       // the row's key cells joined with '\t'
  uint32_t column = 0;   // 0-based
  std::string path;      // the contract path it edits
  Kind kind = Kind::text;
  bool required = false; // an empty cell is refused
  std::string value;     // as the file had it at export ("" for absent or null)
};

// What the hidden sheet records.
struct Source {
  int format = 0;
  std::string plan;    // the plan's path as given to export
  std::string sha256;  // of the plan's bytes at export, lower-case hex
  std::vector<Entry> entries;
};

// Reads the hidden sheet. False with a reason when it is missing or of
// another format (not a workbook `yplan export` wrote).
bool read_source(const Book& book, Source& out, std::string& error);

// A row's key as Entry::key has it.
std::string row_key(const Sheet& sheet, uint32_t row);

// A cell whose value differs from the exported one.
struct Change {
  std::string cell;   // "projects!C5"
  std::string path;
  Kind kind = Kind::text;
  std::string before; // exported value ("" absent or null)
  std::string after;  // the cell's value as YAML text ("" for empty); numbers as read
};
// A cell or row that cannot be taken: an unreadable number, an emptied
// required value, a deleted or added row.
struct Problem {
  std::string cell;   // "projects!C5" (or the sheet's name for a whole row)
  std::string message;
};

// Compares every entry's cell with its exported value. Numbers compare as
// numbers (1.0 = 1, "1,234" = 1234); text compares byte for byte.
void compare(const Book& book, const Source& src, std::vector<Change>& changes, std::vector<Problem>& problems);

// Whether two values of a kind are the same value (numbers by value).
bool same_value(Kind kind, std::string_view a, std::string_view b);

// A value of the plan file by contract path, as the editor sees it
// (edit/import.hpp reads it; the export writes it).
struct PlanValue {
  bool found = false;   // the path names a node
  bool scalar = false;  // a scalar (or null): `text` holds it
  bool null = false;
  std::string text;     // the scalar as YAML reads it (no quotes)
};

// SHA-256 of bytes, lower-case hex (FIPS 180-4).
std::string sha256_hex(std::string_view bytes);

}  // namespace yplan::workbook

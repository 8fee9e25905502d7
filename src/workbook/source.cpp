// The export's record (the hidden sheet) and the cells that differ from it.
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <set>

#include "yplan/i18n.hpp"
#include "yplan/values.hpp"
#include "yplan/workbook.hpp"

namespace yplan::workbook {

namespace {

constexpr const char* kKindNames[] = {"text", "amount", "number", "word", "year", "flag"};

// A cell as the text a plan would hold: numbers without separators (an
// integer as digits, else the shortest decimal that reads back the same),
// booleans as true/false, nothing for an empty cell.
std::string cell_text(const Cell& c) {
  switch (c.type) {
    case Cell::blank: return "";
    case Cell::string: return c.text;
    case Cell::logical: return c.flag ? "true" : "false";
    case Cell::numeric:
      if (std::isfinite(c.number) && c.number == std::floor(c.number) && std::fabs(c.number) < 1e15)
        return fmt::format("{}", static_cast<long long>(c.number));
      return fmt::format("{}", c.number);
  }
  return "";
}

bool numeric(Kind k) { return k == Kind::amount || k == Kind::number; }

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

int key_columns(std::string_view sheet) {
  for (const auto& s : kSheets)
    if (s.name == sheet) return s.key_columns;
  return 0;
}

std::string cell_name(uint32_t row, uint32_t col) {
  std::string letters;
  for (uint32_t c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return fmt::format("{}{}", letters, row + 1);
}

std::string cell_name(std::string_view sheet, uint32_t row, uint32_t col) {
  return fmt::format("{}!{}", sheet, cell_name(row, col));
}

const char* kind_name(Kind k) { return kKindNames[static_cast<int>(k)]; }

std::optional<Kind> parse_kind(std::string_view name) {
  for (int i = 0; i < 6; ++i)
    if (name == kKindNames[i]) return static_cast<Kind>(i);
  return std::nullopt;
}

std::string row_key(const Sheet& sheet, uint32_t row) {
  std::string key;
  const int n = key_columns(sheet.name);
  for (int c = 0; c < n; ++c) {
    if (c) key += '\t';
    key += cell_text(sheet.at(row, static_cast<uint32_t>(c)));
  }
  return key;
}

bool read_source(const Book& book, Source& out, std::string& error) {
  const Sheet* s = book.find(kSourceSheet);
  auto text = [&](uint32_t r, uint32_t c) { return s ? cell_text(s->at(r, c)) : std::string(); };
  if (!s || text(0, 0) != "format") {
    error = trf("no sheet {} with the export's record: not a workbook that `yplan export` wrote", kSourceSheet);
    return false;
  }
  out = Source{};
  out.format = text(0, 1) == "1" ? 1 : 0;
  if (out.format != kFormatVersion) {
    error = trf("the workbook's format is {}; this yplan reads format {}", text(0, 1), kFormatVersion);
    return false;
  }
  out.plan = text(1, 1);
  out.sha256 = text(2, 1);
  for (uint32_t r = kFirstEntryRow; r < s->rows; ++r) {
    Entry e;
    e.sheet = text(r, 0);
    if (e.sheet.empty()) continue;
    e.key = text(r, 1);
    auto col = parse_number(text(r, 2));
    e.path = text(r, 3);
    auto kind = e.path.empty() ? std::optional<Kind>(Kind::text) : parse_kind(text(r, 4));  // a row: no kind
    if (!col || !col->integral || col->integer < 1 || col->integer > 16384 || !kind || !key_columns(e.sheet)) {
      error = trf("{}: the export's record is damaged; export the workbook again",
                  cell_name(kSourceSheet, r, 0));
      return false;
    }
    e.column = static_cast<uint32_t>(col->integer - 1);
    e.kind = *kind;
    e.required = text(r, 5) == "1";
    e.value = text(r, 6);
    out.entries.push_back(std::move(e));
  }
  return true;
}

bool same_value(Kind kind, std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (numeric(kind)) {
    auto x = parse_number(a), y = parse_number(b);
    if (x && y) return compare(x->decimal, y->decimal) == 0;
  }
  if (kind == Kind::year) {  // R2 = 令和２年度 = 2020
    auto x = parse_year(a), y = parse_year(b);
    return x && y && x->year == y->year;
  }
  if (kind == Kind::flag) return (a.empty() || a == "false") && (b.empty() || b == "false");  // absent: false
  return false;
}

void compare(const Book& book, const Source& src, std::vector<Change>& changes, std::vector<Problem>& problems) {
  // Each data sheet's rows by key.
  std::map<std::string, std::map<std::string, uint32_t>> rows;
  std::set<std::string> missing_sheets;
  for (const auto& e : src.entries) {
    if (rows.count(e.sheet) || missing_sheets.count(e.sheet)) continue;
    const Sheet* s = book.find(e.sheet);
    if (!s) {
      missing_sheets.insert(e.sheet);
      problems.push_back({e.sheet, trf("the sheet {} is missing; it was deleted or renamed", e.sheet)});
      continue;
    }
    auto& by_key = rows[e.sheet];
    for (uint32_t r = 1; r < s->rows; ++r) {
      std::string k = row_key(*s, r);
      if (k.find_first_not_of('\t') == std::string::npos) continue;
      if (!by_key.emplace(k, r).second)
        problems.push_back({cell_name(s->name, r, 0),
                            trf("the row's id {} appears twice in the sheet; a row's id cells are not to be edited",
                                k)});
    }
  }
  std::set<std::pair<std::string, std::string>> known, reported;
  for (const auto& e : src.entries) {
    known.insert({e.sheet, e.key});
    auto sheet_rows = rows.find(e.sheet);
    if (sheet_rows == rows.end()) continue;
    auto at = sheet_rows->second.find(e.key);
    if (at == sheet_rows->second.end()) {
      if (reported.insert({e.sheet, e.key}).second)
        problems.push_back({e.sheet, trf("the row of {} was deleted (or its id changed); the workbook cannot delete: "
                                         "delete it in the YAML",
                                         e.key)});
      continue;
    }
    if (e.path.empty()) continue;  // the row itself: no cell to compare
    const Sheet& s = *book.find(e.sheet);
    const std::string where = cell_name(e.sheet, at->second, e.column);
    const Cell& c = s.at(at->second, e.column);
    // Text is taken as typed; other kinds without the spaces around them.
    std::string v = e.kind == Kind::text ? cell_text(c) : trimmed(cell_text(c));
    // As exported: no change (a value the file holds unreadable stays so).
    if (same_value(e.kind, v, e.value)) continue;
    if (numeric(e.kind) && !v.empty()) {
      std::string why;
      auto n = parse_number(v, &why);
      if (!n) {
        problems.push_back({where, trf("`{}` is not a number: {}", v, why)});
        continue;
      }
      if (e.kind == Kind::amount && !n->integral) {
        problems.push_back({where, trf("`{}` is not a whole number; an amount is a whole number (千円)", v)});
        continue;
      }
    }
    if (e.kind == Kind::flag && !v.empty() && v != "true" && v != "false") {
      problems.push_back({where, trf("`{}` is neither true nor false", v)});
      continue;
    }
    if (v.empty() && e.required) {
      problems.push_back({where, trf("the cell is empty, but {} is required; write a value", e.path)});
      continue;
    }
    changes.push_back({where, e.path, e.kind, e.value, v});
  }
  // Rows the export did not write.
  for (const auto& [sheet, by_key] : rows)
    for (const auto& [key, row] : by_key)
      if (!known.count({sheet, key}))
        problems.push_back({cell_name(sheet, row, 0),
                            trf("a new row ({}); the workbook cannot add rows: add it in the YAML", key)});
}

}  // namespace yplan::workbook

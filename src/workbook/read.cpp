// Reading an .xlsx workbook's cell values. liborcus does the work: its ZIP
// reader opens the package and its SAX parser reads the XML parts; this file
// only follows the parts (workbook → sheets, shared strings) and keeps each
// cell's value. Values, never formulas: a formula cell counts as its cached
// result.
//
// Why not orcus's own xlsx import filter (orcus_xlsx)? In liborcus 0.17
// (Debian 12) it silently drops inline strings (<c t="inlineStr"><is><t>,
// what openpyxl and other generators write) and resolves absolute part names
// (Target="/xl/worksheets/sheet1.xml", also openpyxl's) to nothing: a
// workbook saved by a script would read as empty sheets, with no error.
#include <fmt/format.h>
#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <cstdlib>
#include <exception>
#include <map>

#include "yplan/i18n.hpp"
#include "yplan/source.hpp"
#include "yplan/workbook.hpp"

namespace yplan::workbook {

namespace {

constexpr uint32_t kMaxRows = 1048576, kMaxCols = 16384;  // Excel's sheet

struct Package {
  orcus::zip_archive_stream_blob stream;
  orcus::zip_archive zip;
  Package(const std::string& bytes)
      : stream(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), zip(&stream) {
    zip.load();
  }
  // A part's bytes; nullopt when the package has no such part.
  std::optional<std::string> part(const std::string& name) const {
    std::vector<unsigned char> buf;
    if (!zip.read_file_entry(name, buf)) return std::nullopt;
    return std::string(buf.begin(), buf.end());
  }
};

// Runs orcus's SAX parser over `xml` with `handler`.
template <typename H>
void parse_xml(const std::string& xml, H& handler) {
  orcus::sax_parser<H> parser(xml.data(), xml.size(), handler);
  parser.parse();
}

// Handlers see local names only: a prefixed <x:c> is a <c>. orcus reports
// an element's attributes before the element: they wait in `attrs`.
struct Base {
  std::vector<std::pair<std::string, std::string>> attrs;
  void doctype(const orcus::sax::doctype_declaration&) {}
  void start_declaration(std::string_view) {}
  void end_declaration(std::string_view) { attrs.clear(); }
  void attribute(const orcus::sax::parser_attribute& a) { attrs.emplace_back(a.name, a.value); }
  void attribute(std::string_view, std::string_view) {}
  std::string attr(std::string_view name) const {
    for (const auto& [n, v] : attrs)
      if (n == name) return v;
    return "";
  }
};

// A relationships part: id → target, and the target of a type ending in `kind`.
struct Rels : Base {
  std::map<std::string, std::string> by_id;
  std::vector<std::pair<std::string, std::string>> typed;  // type, target
  void start_element(const orcus::sax::parser_element& e) {
    if (e.name == "Relationship") {
      by_id[attr("Id")] = attr("Target");
      typed.emplace_back(attr("Type"), attr("Target"));
    }
    attrs.clear();
  }
  void end_element(const orcus::sax::parser_element&) {}
  void characters(std::string_view, bool) {}
};

// The sheets of workbook.xml, in order: name and relationship id.
struct Sheets : Base {
  std::vector<std::pair<std::string, std::string>> list;
  void start_element(const orcus::sax::parser_element& e) {
    if (e.name == "sheet") list.emplace_back(attr("name"), attr("id"));  // r:id (sheetId is another name)
    attrs.clear();
  }
  void end_element(const orcus::sax::parser_element&) {}
  void characters(std::string_view, bool) {}
};

// Rich text: the <t> runs of an <si> or <is>, without phonetic readings (<rPh>).
struct RichText {
  int in_t = 0, in_rph = 0;
  std::string text;
  void start(std::string_view name) {
    if (name == "t") ++in_t;
    else if (name == "rPh") ++in_rph;
  }
  void end(std::string_view name) {
    if (name == "t" && in_t) --in_t;
    else if (name == "rPh" && in_rph) --in_rph;
  }
  void chars(std::string_view v) {
    if (in_t && !in_rph) text += v;
  }
};

struct SharedStrings : Base {
  std::vector<std::string> list;
  bool in_si = false;
  RichText rich;
  void start_element(const orcus::sax::parser_element& e) {
    attrs.clear();
    if (e.name == "si") {
      in_si = true;
      rich = RichText{};
    } else if (in_si) {
      rich.start(e.name);
    }
  }
  void end_element(const orcus::sax::parser_element& e) {
    if (e.name == "si" && in_si) {
      in_si = false;
      list.push_back(std::move(rich.text));
    } else if (in_si) {
      rich.end(e.name);
    }
  }
  void characters(std::string_view v, bool) {
    if (in_si) rich.chars(v);
  }
};

// "B7" → row 6, column 1; false when it is not a cell reference.
bool parse_ref(std::string_view r, uint32_t& row, uint32_t& col) {
  size_t i = 0;
  uint64_t c = 0, n = 0;
  for (; i < r.size() && r[i] >= 'A' && r[i] <= 'Z' && c <= kMaxCols; ++i) c = c * 26 + static_cast<uint64_t>(r[i] - 'A' + 1);
  size_t digits = i;
  for (; i < r.size() && r[i] >= '0' && r[i] <= '9' && n <= kMaxRows; ++i) n = n * 10 + static_cast<uint64_t>(r[i] - '0');
  if (c == 0 || n == 0 || i == digits || i != r.size() || c > kMaxCols || n > kMaxRows) return false;
  row = static_cast<uint32_t>(n - 1);
  col = static_cast<uint32_t>(c - 1);
  return true;
}

struct SheetCells : Base {
  Sheet& sheet;
  const std::vector<std::string>& strings;
  uint32_t row = 0, next_col = 0;
  bool in_c = false, in_v = false, in_is = false, in_row = false;
  std::string ref, type, v;
  RichText rich;
  SheetCells(Sheet& s, const std::vector<std::string>& ss) : sheet(s), strings(ss) {}

  void start_element(const orcus::sax::parser_element& e) {
    if (e.name == "row") {
      in_row = true;
      next_col = 0;
      // <row r="7">: the row of cells that do not say theirs.
      std::string r = attr("r");
      char* end = nullptr;
      unsigned long n = std::strtoul(r.c_str(), &end, 10);
      if (!r.empty() && !*end && n >= 1 && n <= kMaxRows) row = static_cast<uint32_t>(n - 1);
    } else if (e.name == "c") {
      in_c = true;
      ref = attr("r"), type = attr("t"), v.clear();
      rich = RichText{};
    } else if (in_c && e.name == "v") {
      in_v = true;
    } else if (in_c && e.name == "is") {
      in_is = true;
    } else if (in_is) {
      rich.start(e.name);
    }
    attrs.clear();
  }
  void characters(std::string_view s, bool) {
    if (in_v) v += s;
    else if (in_is) rich.chars(s);
  }
  void end_element(const orcus::sax::parser_element& e) {
    if (e.name == "v") {
      in_v = false;
    } else if (e.name == "is") {
      in_is = false;
    } else if (in_is) {
      rich.end(e.name);
    } else if (e.name == "c" && in_c) {
      in_c = false;
      uint32_t r = row, c = next_col;
      if (!ref.empty() && !parse_ref(ref, r, c)) return;
      next_col = c + 1;
      if (c >= kMaxCols) return;
      put(r, c);
    } else if (e.name == "row") {
      in_row = false;
      ++row;
    }
  }
  void put(uint32_t r, uint32_t c) {
    Cell cell;
    if (type == "s") {
      char* end = nullptr;
      unsigned long i = std::strtoul(v.c_str(), &end, 10);
      if (v.empty() || *end || i >= strings.size()) return;
      cell = Cell{Cell::string, strings[i], 0, false};
    } else if (type == "inlineStr") {
      cell = Cell{Cell::string, std::move(rich.text), 0, false};
    } else if (type == "str" || type == "e" || type == "d") {  // a formula's text, an error (#N/A), an ISO date
      cell = Cell{Cell::string, v, 0, false};
    } else if (type == "b") {
      cell = Cell{Cell::logical, "", 0, v == "1" || v == "true"};
    } else {
      if (v.empty()) return;  // a formatted empty cell
      char* end = nullptr;
      double d = std::strtod(v.c_str(), &end);
      if (*end) cell = Cell{Cell::string, v, 0, false};
      else cell = Cell{Cell::numeric, "", d, false};
    }
    if (r + 1 > sheet.rows) sheet.rows = r + 1;
    sheet.cells[(static_cast<uint64_t>(r) << 16) | c] = std::move(cell);
  }
};

// A relationship's target as a part name: "/xl/x.xml" → "xl/x.xml";
// "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; ".." climbs.
std::string resolve(const std::string& dir, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : dir + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string p = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (p == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!p.empty() && p != ".") {
      parts.push_back(p);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string ends_type(const std::vector<std::pair<std::string, std::string>>& typed, std::string_view kind) {
  for (const auto& [type, target] : typed)
    if (type.size() >= kind.size() && type.compare(type.size() - kind.size(), kind.size(), kind) == 0) return target;
  return "";
}

void read_package(const std::string& bytes, Book& out) {
  Package pkg(bytes);
  std::string workbook_part = "xl/workbook.xml";
  if (auto rels = pkg.part("_rels/.rels")) {
    Rels r;
    parse_xml(*rels, r);
    std::string t = ends_type(r.typed, "/officeDocument");
    if (!t.empty()) workbook_part = resolve("", t);
  }
  auto wb = pkg.part(workbook_part);
  if (!wb) throw std::runtime_error(tr("it has no workbook part"));
  const size_t slash = workbook_part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : workbook_part.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? workbook_part : workbook_part.substr(slash + 1);
  Rels rels;
  if (auto r = pkg.part(dir + "_rels/" + base + ".rels")) parse_xml(*r, rels);
  SharedStrings strings;
  std::string ss = ends_type(rels.typed, "/sharedStrings");
  if (auto s = pkg.part(ss.empty() ? dir + "sharedStrings.xml" : resolve(dir, ss))) parse_xml(*s, strings);
  Sheets sheets;
  parse_xml(*wb, sheets);
  for (const auto& [name, id] : sheets.list) {
    out.sheets.push_back(Sheet{name, 0, {}});
    auto target = rels.by_id.find(id);
    if (target == rels.by_id.end()) continue;
    auto xml = pkg.part(resolve(dir, target->second));
    if (!xml) continue;
    SheetCells cells(out.sheets.back(), strings.list);
    parse_xml(*xml, cells);
  }
}

}  // namespace

const Cell& Sheet::at(uint32_t row, uint32_t col) const {
  static const Cell none;
  auto it = cells.find((static_cast<uint64_t>(row) << 16) | col);
  return it == cells.end() ? none : it->second;
}

const Sheet* Book::find(std::string_view name) const {
  for (const auto& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

bool read_book(const std::string& path, Book& out, std::string& error) {
  SourceFile f;
  std::string why;
  if (!read_source(path, f, why)) {
    error = trf("cannot read '{}': {}", path, why);
    return false;
  }
  if (f.text.compare(0, 2, "PK") != 0) {
    error = trf("{}: not an .xlsx workbook (an .xlsx file is a ZIP archive)", path);
    return false;
  }
  out = Book{};
  try {
    read_package(f.text, out);
  } catch (const std::exception& e) {
    error = trf("{}: cannot read the workbook: {}", path, e.what());
    return false;
  }
  return true;
}

}  // namespace yplan::workbook

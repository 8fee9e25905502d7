#include "yplan/table.hpp"

#include <algorithm>

#include "yplan/text.hpp"

namespace yplan {

void render_text_table(std::ostream& out, const Table& in, size_t width) {
  // Cells show their control characters escaped (a newline would break the row).
  Table t = in;
  for (auto& row : t.rows)
    for (auto& cell : row) cell = escape_control(cell);
  for (auto& col : t.columns) col.header = escape_control(col.header);
  const size_t n = t.columns.size();
  std::vector<size_t> w(n, 0);
  for (size_t c = 0; c < n; ++c) {
    w[c] = display_width(t.columns[c].header);
    for (const auto& r : t.rows)
      if (c < r.size()) w[c] = std::max(w[c], display_width(r[c]));
  }
  // Shrink the flexible columns, widest first, until the table fits.
  const size_t gaps = n ? 2 * (n - 1) : 0;
  auto total = [&] {
    size_t s = gaps;
    for (size_t x : w) s += x;
    return s;
  };
  while (total() > width) {
    size_t best = n;
    for (size_t c = 0; c < n; ++c) {
      if (!t.columns[c].flexible || w[c] <= t.columns[c].min_width) continue;
      if (best == n || w[c] > w[best]) best = c;
    }
    if (best == n) break;  // nothing left to shrink: the table is as narrow as it gets
    w[best] -= std::min(w[best] - t.columns[best].min_width, total() - width);
  }
  if (total() > width) {
    // Too narrow for columns: one record per row, "Header: cell" lines,
    // wrapped, so that no line is wider than asked.
    const std::string rule(std::min<size_t>(width, 40), '-');
    for (size_t i = 0; i < t.rows.size(); ++i) {
      out << rule << '\n';
      for (size_t c = 0; c < n; ++c) {
        const std::string cell = c < t.rows[i].size() ? t.rows[i][c] : std::string();
        if (cell.empty()) continue;
        for (const auto& l : wrap_to_width(t.columns[c].header + ": " + cell, width)) out << l << '\n';
      }
    }
    out << rule << '\n';
    return;
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t c = 0; c < n; ++c) {
      std::string cell = c < cells.size() ? truncate_to_width(cells[c], w[c]) : std::string();
      s += pad(cell, w[c], t.columns[c].right);
      if (c + 1 < n) s += "  ";
    }
    // The last column's padding (a left-aligned cell, or an empty one) would
    // end the line in spaces: trimmed, so that no line of a table ends in one.
    s.erase(s.find_last_not_of(' ') + 1);
    out << s << '\n';
  };
  std::vector<std::string> headers;
  for (const auto& col : t.columns) headers.push_back(col.header);
  line(headers);
  std::string rule;
  for (size_t i = 0, tw = total(); i < tw; ++i) rule += "-";
  out << rule << '\n';
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (std::find(t.rules_before.begin(), t.rules_before.end(), i) != t.rules_before.end()) out << rule << '\n';
    line(t.rows[i]);
  }
}

static std::string md_cell(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '|') o += "\\|";
    else if (c == '\n') o += "<br>";
    else if (c != '\r') o += c;
  }
  return escape_control(o);  // ESC and the like shown, never passed through
}

void render_markdown_table(std::ostream& out, const Table& t) {
  out << '|';
  for (const auto& c : t.columns) out << ' ' << md_cell(c.header) << " |";
  out << "\n|";
  for (const auto& c : t.columns) out << (c.right ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& r : t.rows) {
    out << '|';
    for (size_t c = 0; c < t.columns.size(); ++c) out << ' ' << md_cell(c < r.size() ? r[c] : "") << " |";
    out << '\n';
  }
}

namespace {

// -12, 3.5: how the CSV renderer writes a number (no sign but minus, no separators).
bool plain_number(const std::string& s) {
  size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0, digits = 0, dots = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') ++digits;
    else if (s[i] == '.' && digits && !dots) ++dots;
    else return false;
  }
  return digits && s.back() != '.';
}

}  // namespace

std::string csv_field(const std::string& raw, bool number_column) {
  // Control characters other than line breaks and tabs are shown escaped: a
  // CSV file is also read on terminals.
  std::string s;
  size_t start = 0;
  for (size_t i = 0; i <= raw.size(); ++i) {
    if (i < raw.size() && raw[i] != '\n' && raw[i] != '\r' && raw[i] != '\t') continue;
    s += escape_control(std::string_view(raw).substr(start, i - start));
    if (i < raw.size()) s += raw[i];
    start = i + 1;
  }
  // OWASP "CSV Injection": a cell a spreadsheet would read as a formula starts
  // with = + - @ tab or CR; it gets a leading ' and is quoted. A number in a
  // number column (-4543) is a figure, not a formula, and stays a number.
  bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos &&
                 !(number_column && plain_number(s));
  if (!formula && s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string o = formula ? "\"'" : "\"";
  for (char c : s) {
    if (c == '"') o += "\"\"";
    else o += c;
  }
  return o + "\"";
}

void render_csv_table(std::ostream& out, const Table& t) {
  bool numbers = false;  // the header row is text
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (c) out << ',';
      out << csv_field(c < cells.size() ? cells[c] : "", numbers && t.columns[c].right);
    }
    out << "\r\n";
  };
  std::vector<std::string> headers;
  for (const auto& col : t.columns) headers.push_back(col.header);
  line(headers);
  numbers = true;
  for (const auto& r : t.rows) line(r);
}

}  // namespace yplan

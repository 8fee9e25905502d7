// yplan's small SVG chart module: horizontal bar charts and line charts with
// axes, ticks at round numbers and labels that do not overlap, Japanese text
// measured by display width. Every figure drawn is also in the SVG as text
// (a <title> on its mark), so a chart reads without seeing it. Internal to
// src/render/ (the HTML report uses it).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/xml.hpp"

namespace yplan::render {

// Estimated width in px of `s` at `font_px`: a wide (CJK) character is 1 em,
// a narrow one 0.55 em (display_width counts them 2 and 1).
double text_width(std::string_view s, double font_px);

// Ticks at round numbers (1, 2 or 5 × 10^k) covering [lo, hi], at most about
// `max_ticks` intervals; the first tick ≤ lo and the last ≥ hi.
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);

// A tick's text: thousands grouped, as many decimals as the step needs.
std::string tick_label(double v, double step);

// How a chart prints a value (the report's notation: 1,234 or △1,234).
using Formatter = std::function<std::string(double)>;

// Horizontal bars, one group per item, one bar per series (e.g. this year
// and last year), the value printed after each bar. Bars start at zero and
// their lengths are proportional to the values (rects carry data-value).
struct BarItem {
  std::string label;
  std::vector<std::optional<double>> values;  // one per series; nullopt: no bar
};
struct BarChart {
  std::string title;                // the SVG's <title>
  std::vector<std::string> series;  // legend, one name per series
  std::vector<BarItem> items;
  std::string unit;                 // printed at the axis
  Formatter format;
};
std::string bar_chart_svg(const BarChart& c);

// A line chart over categorical x positions (years). A series' line breaks
// at a position with no value; `open` marks a value deliberately left open
// (drawn on the axis as a hollow mark with its note).
struct LineSeries {
  std::string name;   // legend
  std::string kind;   // CSS class of its marks: "target", "actual", "baseline"
  std::vector<std::optional<double>> values;  // one per x
  std::vector<std::string> open;              // one per x: non-empty = open, the text to show (note)
};
struct LineChart {
  std::string title;             // the SVG's <title>
  std::vector<std::string> xs;   // x labels, in order
  std::vector<LineSeries> series;
  std::string unit;              // printed at the y axis
  Formatter format;
};
std::string line_chart_svg(const LineChart& c);

}  // namespace yplan::render

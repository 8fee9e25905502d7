// SVG charts (see svg_chart.hpp): geometry and markup only; the figures and
// their text come from the caller.
#include "render/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "yplan/text.hpp"
#include "yplan/values.hpp"

namespace yplan::render {

namespace {

constexpr double kFont = 12;  // px, every chart's text

std::string num(double v) { return fmt::format("{:.1f}", v); }  // a coordinate

std::string text_el(double x, double y, std::string_view anchor, std::string_view cls, std::string_view s) {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" class=\"{}\">{}</text>", num(x), num(y), anchor, cls,
                     xml_escape(s));
}

// Every k-th label so that labels `gap` px apart, each at most `widest` px wide, keep 6 px between them.
size_t label_stride(double gap, double widest) {
  size_t k = 1;
  while (gap > 0 && static_cast<double>(k) * gap < widest + 6 && k < 1000) ++k;
  return k;
}

struct Domain {
  std::vector<double> ticks;
  double lo = 0, hi = 1;
  double step() const { return ticks.size() > 1 ? ticks[1] - ticks[0] : 1; }
};

Domain domain(double lo, double hi, int max_ticks) {
  Domain d;
  d.ticks = nice_ticks(lo, hi, max_ticks);
  d.lo = d.ticks.front();
  d.hi = d.ticks.back();
  if (d.hi <= d.lo) d.hi = d.lo + 1;
  return d;
}

}  // namespace

double text_width(std::string_view s, double font_px) {
  return static_cast<double>(display_width(s)) * 0.55 * font_px;
}

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return {0, 1};
  if (hi < lo) std::swap(lo, hi);
  if (hi == lo) {
    double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  double raw = (hi - lo) / std::max(1, max_ticks);
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double f : {1.0, 2.0, 5.0, 10.0})
    if (f * mag >= raw * (1 - 1e-9)) {
      step = f * mag;
      break;
    }
  double start = std::floor(lo / step + 1e-9) * step;
  double end = std::ceil(hi / step - 1e-9) * step;
  std::vector<double> ticks;
  for (int i = 0; start + i * step <= end + step * 1e-6 && i < 100; ++i) {
    double t = start + i * step;
    ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
  }
  if (ticks.size() < 2) ticks.push_back(start + step);
  return ticks;
}

std::string tick_label(double v, double step) {
  int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
  if (decimals == 0 && std::fabs(v) < 9e15) return group_thousands(static_cast<int64_t>(std::llround(v)));
  std::string s = fmt::format("{:.{}f}", v, decimals);
  size_t dot = s.find('.');
  std::string whole = s.substr(0, dot);
  bool minus = !whole.empty() && whole[0] == '-';
  std::string grouped = group_thousands(std::stoll(minus ? whole.substr(1) : whole));
  return (minus ? "-" : "") + grouped + s.substr(dot);
}

std::string bar_chart_svg(const BarChart& c) {
  const double width = 900, bar_h = 12, bar_gap = 2, group_gap = 10, legend_h = 22, axis_h = 34;
  const size_t nseries = std::max<size_t>(1, c.series.size());
  const double max_label = 280;
  size_t label_cols = static_cast<size_t>(max_label / (0.55 * kFont));
  double lw = 0, vw = 0, lo = 0, hi = 0;
  for (const auto& it : c.items) {
    lw = std::max(lw, std::min(max_label, text_width(it.label, kFont)));
    for (const auto& v : it.values)
      if (v) {
        vw = std::max(vw, text_width(c.format(*v), kFont));
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
      }
  }
  lw += 8;
  vw += 8;
  const double x0 = lw, pw = std::max(80.0, width - lw - vw - 8);
  Domain d = domain(lo, hi == lo ? lo + 1 : hi, 5);
  auto x = [&](double v) { return x0 + (v - d.lo) / (d.hi - d.lo) * pw; };
  const double group_h = static_cast<double>(nseries) * (bar_h + bar_gap) - bar_gap + group_gap;
  const double plot_top = legend_h, plot_h = static_cast<double>(c.items.size()) * group_h;
  const double height = plot_top + plot_h + axis_h;

  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" role=\"img\"><title>{2}</title>\n",
      num(width), num(height), xml_escape(c.title));
  // Legend.
  double lx = x0;
  for (size_t i = 0; i < c.series.size(); ++i) {
    s += fmt::format("<rect x=\"{}\" y=\"5\" width=\"12\" height=\"12\" class=\"s{}\"/>", num(lx), i);
    s += text_el(lx + 16, 15, "start", "legend", c.series[i]);
    lx += 16 + text_width(c.series[i], kFont) + 16;
  }
  s += '\n';
  // Grid and ticks.
  size_t stride = label_stride(pw / static_cast<double>(d.ticks.size() - 1),
                               text_width(tick_label(d.hi, d.step()), kFont) + 4);
  for (size_t i = 0; i < d.ticks.size(); ++i) {
    double tx = x(d.ticks[i]);
    s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>", num(tx), num(plot_top),
                     num(plot_top + plot_h));
    if (i % stride == 0) s += text_el(tx, plot_top + plot_h + 15, "middle", "tick", tick_label(d.ticks[i], d.step()));
  }
  s += text_el(x0 + pw, plot_top + plot_h + 30, "end", "unit", fmt::format("({})", c.unit));
  s += '\n';
  // Bars.
  for (size_t i = 0; i < c.items.size(); ++i) {
    const BarItem& it = c.items[i];
    double gy = plot_top + static_cast<double>(i) * group_h + group_gap / 2;
    s += fmt::format("<g class=\"item\"><title>{}</title>", xml_escape(it.label));
    std::string shown = text_width(it.label, kFont) > max_label ? truncate_to_width(it.label, label_cols) : it.label;
    s += text_el(x0 - 6, gy + static_cast<double>(nseries) * (bar_h + bar_gap) / 2 + 3, "end", "label", shown);
    for (size_t k = 0; k < it.values.size() && k < nseries; ++k) {
      if (!it.values[k]) continue;
      double v = *it.values[k];
      double by = gy + static_cast<double>(k) * (bar_h + bar_gap);
      double a = x(0), b = x(v);
      std::string text = c.format(v);
      s += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"bar s{}\" data-value=\"{}\"><title>{}: "
          "{}</title></rect>",
          num(std::min(a, b)), num(by), fmt::format("{:.3f}", std::fabs(b - a)), num(bar_h), k, fmt::format("{}", v),
          xml_escape(k < c.series.size() ? c.series[k] : ""), xml_escape(text));
      s += text_el(std::max(a, b) + 4, by + bar_h - 2, "start", "value", text);
    }
    s += "</g>\n";
  }
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"axis\"/>", num(x(0)), num(plot_top),
                   num(plot_top + plot_h));
  s += "</svg>\n";
  return s;
}

std::string line_chart_svg(const LineChart& c) {
  const double width = 560, height = 250, top = 30, bottom = 30, right = 16;
  const size_t n = std::max<size_t>(1, c.xs.size());
  double lo = INFINITY, hi = -INFINITY;
  bool any = false;
  for (const auto& sr : c.series)
    for (const auto& v : sr.values)
      if (v) {
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
        any = true;
      }
  Domain d;
  if (any) {
    double pad = (hi - lo) * 0.08;
    d = domain(lo - pad, hi + pad, 5);
  }
  double left = 12;
  if (any)
    for (double t : d.ticks) left = std::max(left, text_width(tick_label(t, d.step()), kFont) + 14);
  const double pw = width - left - right, ph = height - top - bottom, x0 = left, y_bottom = top + ph;
  auto x = [&](size_t i) { return x0 + (static_cast<double>(i) + 0.5) * pw / static_cast<double>(n); };
  auto y = [&](double v) { return y_bottom - (v - d.lo) / (d.hi - d.lo) * ph; };

  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart line\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" role=\"img\"><title>{2}</title>\n",
      num(width), num(height), xml_escape(c.title));
  s += text_el(4, 14, "start", "unit", fmt::format("({})", c.unit));
  // Legend, right-aligned on the first line.
  double lx = width - right;
  for (size_t i = c.series.size(); i-- > 0;) {
    const LineSeries& sr = c.series[i];
    if (std::none_of(sr.values.begin(), sr.values.end(), [](const auto& v) { return v.has_value(); })) continue;
    lx -= text_width(sr.name, kFont);
    s += text_el(lx, 14, "start", "legend", sr.name);
    lx -= 14;
    s += fmt::format("<circle cx=\"{}\" cy=\"10\" r=\"4\" class=\"mark {}\"/>", num(lx + 5), sr.kind);
    lx -= 14;
  }
  s += '\n';
  if (any) {
    for (double t : d.ticks) {
      s += fmt::format("<line x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\" class=\"grid\"/>", num(x0), num(x0 + pw), num(y(t)));
      s += text_el(x0 - 6, y(t) + 4, "end", "tick", tick_label(t, d.step()));
    }
  }
  s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"axis\"/>", num(x0), num(top), num(y_bottom));
  s += fmt::format("<line x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\" class=\"axis\"/>", num(x0), num(x0 + pw), num(y_bottom));
  double widest = 0;
  for (const auto& l : c.xs) widest = std::max(widest, text_width(l, kFont));
  size_t stride = label_stride(pw / static_cast<double>(n), widest);
  for (size_t i = 0; i < c.xs.size(); ++i)
    if (i % stride == 0) s += text_el(x(i), y_bottom + 16, "middle", "tick", c.xs[i]);
  s += '\n';
  for (const auto& sr : c.series) {
    s += fmt::format("<g class=\"series {}\">", sr.kind);
    // The line: consecutive values joined; a position without one breaks it.
    std::string path;
    bool pen = false;
    for (size_t i = 0; i < sr.values.size() && i < c.xs.size(); ++i) {
      if (!sr.values[i]) {
        pen = false;
        continue;
      }
      path += fmt::format("{}{} {} ", pen ? "L" : "M", num(x(i)), num(y(*sr.values[i])));
      pen = true;
    }
    if (!path.empty()) s += fmt::format("<path d=\"{}\" class=\"line\"/>", path.substr(0, path.size() - 1));
    for (size_t i = 0; i < sr.values.size() && i < c.xs.size(); ++i) {
      if (sr.values[i]) {
        std::string tip = fmt::format("{} {}: {} {}", sr.name, c.xs[i], c.format(*sr.values[i]), c.unit);
        s += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4\" class=\"mark {}\" data-value=\"{}\"><title>{}</title></circle>",
                         num(x(i)), num(y(*sr.values[i])), sr.kind, fmt::format("{}", *sr.values[i]), xml_escape(tip));
      } else if (i < sr.open.size() && !sr.open[i].empty()) {
        std::string tip = fmt::format("{} {}: {}", sr.name, c.xs[i], sr.open[i]);
        s += fmt::format("<g class=\"open\"><title>{}</title><circle cx=\"{}\" cy=\"{}\" r=\"5\"/>", xml_escape(tip),
                         num(x(i)), num(y_bottom - 9));
        s += text_el(x(i), y_bottom - 18, "middle", "open-mark", "※") + "</g>";
      }
    }
    s += "</g>\n";
  }
  if (!any) s += text_el(x0 + pw / 2, top + ph / 2, "middle", "empty", "—");
  s += "</svg>\n";
  return s;
}

}  // namespace yplan::render

// The series report: a plan's issues across fiscal years (see yplan/series.hpp).
#include "yplan/series.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace yplan {

namespace {

std::string year_label(int year, Era written, EraStyle style) {
  switch (style) {
    case EraStyle::gregorian: return std::to_string(year);
    case EraStyle::japanese: return format_year(year, year >= 2019 ? Era::reiwa : Era::heisei);
    case EraStyle::as_written: break;
  }
  return format_year(year, written);
}

SeriesCell cell_of(const Point& p) {
  SeriesCell c;
  c.present = true;
  c.unreadable = p.invalid;
  if (p.value) c.value = p.value->value;
  c.note = p.note;
  return c;
}

bool same_value(const SeriesCell& a, const SeriesCell& b) {
  return a.unreadable == b.unreadable && a.value == b.value;
}

// The series of one chain of plans.
SeriesReport build_one(const PlanSet& set, const std::vector<size_t>& chain, const ReportOptions& opts) {
  SeriesReport r;
  const size_t n = chain.size();
  for (size_t k : chain) {
    const Plan& p = set[k];
    SeriesPlan sp{p.meta.id.value, p.file, p.meta.title.value, ""};
    if (p.meta.fiscal_year)
      sp.fiscal_year = opts.era == EraStyle::as_written
                           ? p.meta.fiscal_year->written
                           : year_label(p.meta.fiscal_year->year, p.meta.fiscal_year->era, opts.era);
    r.plans.push_back(std::move(sp));
  }

  // Indicators, by id (those without an id cannot be followed across plans: left out).
  std::unordered_map<std::string, size_t> ind_at;
  std::vector<std::map<int, Era>> years;  // per indicator: Gregorian year → the era it was first written in
  std::vector<std::vector<std::vector<std::pair<int, SeriesCell>>>> targets, actuals;  // [ind][plan]
  for (size_t c = 0; c < n; ++c) {
    const Plan& p = set[chain[c]];
    for (const auto& ind : p.indicators) {
      if (ind.id.value.empty()) continue;
      auto [it, fresh] = ind_at.emplace(ind.id.value, r.indicators.size());
      if (fresh) {
        SeriesIndicator si;
        si.kind = ind.kind;
        si.id = ind.id.value;
        si.in_plan.assign(n, false);
        r.indicators.push_back(std::move(si));
        years.emplace_back();
        targets.emplace_back(n);
        actuals.emplace_back(n);
      }
      const size_t i = it->second;
      SeriesIndicator& si = r.indicators[i];
      if (si.in_plan[c]) continue;  // a repeated id: the first definition, as everywhere
      si.in_plan[c] = true;
      si.name = ind.name.value;  // the latest plan's words
      si.unit = ind.unit;
      if (ind.retired) si.retired = ind.retired->value;
      auto take = [&](const Point& pt, std::vector<std::pair<int, SeriesCell>>& into) {
        if (!pt.year) return;
        years[i].emplace(pt.year->year, pt.year->era);
        into.emplace_back(pt.year->year, cell_of(pt));
      };
      if (ind.kind == IndicatorKind::kpi)
        for (const auto& t : ind.targets) take(t, targets[i][c]);
      else if (ind.target)
        take(*ind.target, targets[i][c]);
      for (const auto& a : ind.actuals) take(a, actuals[i][c]);
    }
  }
  for (size_t i = 0; i < r.indicators.size(); ++i) {
    SeriesIndicator& si = r.indicators[i];
    for (const auto& [y, era] : years[i]) {
      si.year_values.push_back(y);
      si.years.push_back(year_label(y, era, opts.era));
    }
    const size_t ny = si.year_values.size();
    auto grid = [&](const std::vector<std::vector<std::pair<int, SeriesCell>>>& from) {
      std::vector<std::vector<SeriesCell>> g(n, std::vector<SeriesCell>(ny));
      for (size_t c = 0; c < n; ++c)
        for (const auto& [y, cell] : from[c]) {
          size_t at = std::lower_bound(si.year_values.begin(), si.year_values.end(), y) - si.year_values.begin();
          if (!g[c][at].present) g[c][at] = cell;  // a year written twice: the first, as the loader keeps it
        }
      return g;
    };
    si.targets = grid(targets[i]);
    si.actuals = grid(actuals[i]);
    si.revised.assign(n, false);
    for (size_t c = 1; c < n; ++c)
      for (size_t y = 0; y < ny; ++y) {
        const SeriesCell &now = si.targets[c][y], &was = si.targets[c - 1][y];
        if (now.present && was.present && !same_value(now, was)) si.revised[c] = true;
      }
  }

  // Projects, by id.
  std::unordered_map<std::string, size_t> project_at;
  for (size_t c = 0; c < n; ++c) {
    const Plan& p = set[chain[c]];
    for (const auto& pr : p.projects) {
      auto [it, fresh] = project_at.emplace(pr.id.value, r.projects.size());
      if (fresh) {
        SeriesProject sp;
        sp.id = pr.id.value;
        sp.budget.assign(n, std::nullopt);
        sp.previous.assign(n, std::nullopt);
        r.projects.push_back(std::move(sp));
      }
      SeriesProject& sp = r.projects[it->second];
      if (sp.budget[c]) continue;  // a repeated id: the first definition
      sp.name = pr.name.value;
      sp.budget[c] = figure_of(pr.budget);
      sp.previous[c] = figure_of(pr.previous);
    }
  }
  return r;
}

}  // namespace

std::vector<SeriesReport> build_series(const PlanSet& set, const ReportOptions& opts) {
  std::vector<SeriesReport> out;
  for (const auto& chain : set.series()) out.push_back(build_one(set, chain, opts));
  return out;
}

}  // namespace yplan

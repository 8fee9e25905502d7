// Computing a plan's report (rendering is in render_report.cpp).
#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

#include "yplan/budget.hpp"
#include "yplan/report.hpp"

namespace yplan {

namespace {

std::string year_label(int year, Era written_era, EraStyle style) {
  switch (style) {
    case EraStyle::gregorian: return std::to_string(year);
    case EraStyle::japanese: return format_year(year, year >= 2019 ? Era::reiwa : Era::heisei);
    case EraStyle::as_written: return format_year(year, written_era);
  }
  return std::to_string(year);
}

std::string year_text(const Year& y, EraStyle style) {
  return style == EraStyle::as_written ? y.written : year_label(y.year, y.era, style);
}

YearCell cell(const Point& p, EraStyle style) {
  YearCell c;
  c.present = true;
  if (p.year) {
    c.year = p.year->year;
    c.year_text = year_text(*p.year, style);
  }
  if (p.value) c.value = p.value->value;
  c.unreadable = p.invalid;
  c.note = p.note;
  return c;
}

// Sections in the subtree of `root` (all when root < 0), as a membership mask.
std::vector<bool> subtree(const Plan& plan, int root) {
  std::vector<bool> in(plan.sections.size(), root < 0);
  if (root < 0) return in;
  std::vector<int> stack{root};
  while (!stack.empty()) {
    int s = stack.back();
    stack.pop_back();
    in[static_cast<size_t>(s)] = true;
    for (int c : plan.sections[static_cast<size_t>(s)].children) stack.push_back(c);
  }
  return in;
}

// What the plan document prints under section `index` (--kind document).
DocumentBlock document_block(const Plan& plan, int index, const BudgetRow* total) {
  const Section& s = plan.sections[static_cast<size_t>(index)];
  DocumentBlock d;
  d.path = path_of(s);
  auto texts = [](const std::vector<Text>& v) {
    std::vector<std::string> out;
    for (const auto& t : v) out.push_back(t.value);
    return out;
  };
  d.items = texts(s.items);
  d.issues = texts(s.issues);
  d.responses = texts(s.responses);
  d.note = s.note;
  for (const auto& l : s.listings) {
    DocumentListing dl;
    dl.project = l.project.value;
    dl.relisted = l.relisted;
    Figures f = listing_figures(plan, l);
    dl.money = Money{f.budget, f.previous};
    int pi = plan.find_project(l.project.value);
    const Project* p = pi >= 0 ? &plan.projects[static_cast<size_t>(pi)] : nullptr;
    if (p) {
      dl.name = p->name.value;
      dl.category = p->category;
    }
    // A previous figure is none when the one counted is absent or null.
    const AmountField* prev = l.previous.stated ? &l.previous : p ? &p->previous : nullptr;
    dl.has_previous = !prev || prev->has() || prev->invalid;
    dl.summary = texts(!l.summary.empty() || !p ? l.summary : p->summary);
    d.listings.push_back(std::move(dl));
  }
  if (total) d.total = *total;
  return d;
}

OutlineNode outline_node(const Plan& plan, int index, const std::unordered_map<int, const BudgetRow*>& rows,
                         bool document) {
  const Section& s = plan.sections[static_cast<size_t>(index)];
  OutlineNode n;
  n.id = s.id.value;
  n.label = s.outline_label.empty() ? s.label : s.outline_label;
  n.title = s.title.value;
  n.ref = s.ref;
  for (int i : s.indicators) {
    const Indicator& ind = plan.indicators[static_cast<size_t>(i)];
    n.indicators.push_back({ind.kind, ind.id.value, ind.name.value});
  }
  auto row = rows.find(index);
  if (row != rows.end()) n.budget = row->second->shown;
  if (document) n.document = document_block(plan, index, row != rows.end() ? row->second : nullptr);
  for (int c : s.children) n.children.push_back(outline_node(plan, c, rows, document));
  return n;
}

}  // namespace

std::optional<double> achievement(Direction d, double actual, double target, std::optional<double> baseline) {
  if (baseline && target != *baseline) return (actual - *baseline) / (target - *baseline);
  if (d == Direction::decrease) {
    if (actual == 0) return std::nullopt;
    return target / actual;
  }
  if (target == 0) return std::nullopt;
  return actual / target;
}

ProgressStatus progress_status(std::optional<double> rate) {
  if (!rate) return ProgressStatus::no_data;
  if (*rate >= 1.0 - 1e-9) return ProgressStatus::achieved;
  if (*rate >= 0.8 - 1e-9) return ProgressStatus::on_track;
  return ProgressStatus::behind;
}

bool build_plan_report(const Plan& plan, const ReportOptions& opts, size_t errors, size_t warnings,
                       PlanReport& r) {
  const PlanMeta& m = plan.meta;
  r.file = plan.file;
  r.id = m.id.value;
  r.title = m.title.value;
  r.organization = m.organization;
  r.status = status_name(m.status);
  r.unit = m.budget_unit;
  if (m.fiscal_year) r.fiscal_year = year_text(*m.fiscal_year, opts.era);
  if (plan.has_period())
    r.period = year_text(*m.period_start, opts.era) + "–" + year_text(*m.period_end, opts.era);
  r.checked = opts.check;
  r.errors = errors;
  r.warnings = warnings;

  int root = -1;
  if (!opts.section.empty()) {
    root = plan.find_section(opts.section);
    if (root < 0) return false;
    r.section = opts.section;
  }
  const std::vector<bool> in = subtree(plan, root);

  // Budget by section: every section in scope that lists projects.
  std::vector<int> row_sections;  // the section index of each row
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& s = plan.sections[i];
    if (!in[i] || s.listings.empty()) continue;
    BudgetRow row;
    row.id = s.id.value;
    row.label = s.label;
    row.title = s.title.value;
    BudgetSum sum = section_sum(plan, static_cast<int>(i));
    row.computed = sum.money();
    row.shown = row.computed;
    if (s.total) {
      // A stated null budget shows the computed one; an unreadable one is unknown.
      const AmountField& tb = s.total->budget;
      Money st{tb.has() || tb.invalid ? figure_of(tb) : row.computed.budget, row.computed.previous};
      row.stated_previous = s.total->previous.stated;
      if (row.stated_previous) st.previous = figure_of(s.total->previous);
      row.stated = st;
      row.shown = st;
      // Only known figures can be seen to differ.
      auto differ = [](const Figure& a, const Figure& b) { return a.known() && b.known() && a.value != b.value; };
      row.differs = differ(st.budget, row.computed.budget) || differ(st.previous, row.computed.previous);
    }
    r.sections.push_back(std::move(row));
    row_sections.push_back(static_cast<int>(i));
  }

  // Projects in scope, each once: all defined projects for the whole plan, or
  // those listed in the subtree (with their first listing's figures). Only
  // defined projects have rows: a listing of an undefined project, or of an
  // unknown one, is no project (unknown-project or schema said so). A project
  // without an id has its own row, named by position.
  std::unordered_map<std::string_view, size_t> row_of;
  auto new_row = [&](const Project& p) {
    ProjectRow pr;
    pr.id = p.label();
    pr.name = p.name.value;
    pr.money = {figure_of(p.budget), figure_of(p.previous)};
    pr.has_previous = p.previous.has() || p.previous.invalid;
    pr.category = p.category;
    r.projects.push_back(std::move(pr));
    return r.projects.size() - 1;
  };
  if (root < 0) {
    for (const auto& p : plan.projects) {
      if (p.id.value.empty()) new_row(p);
      else if (!row_of.count(p.id.value)) row_of.emplace(p.id.value, new_row(p));
    }
  }
  BudgetSum listings;
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    if (!in[i]) continue;
    const Section& s = plan.sections[i];
    if (s.listings_unknown) listings.add(Figures{Figure::unknown(), Figure::unknown(), {}, {}, false});
    for (const auto& l : s.listings) {
      Figures f = listing_figures(plan, l);
      listings.add(f);
      const int pi = l.project_unknown ? -1 : plan.find_project(l.project.value);
      if (pi < 0) continue;
      auto it = row_of.find(l.project.value);
      if (it == row_of.end()) {
        it = row_of.emplace(l.project.value, new_row(plan.projects[static_cast<size_t>(pi)])).first;
        if (root >= 0) r.projects[it->second].money = {f.budget, f.previous};
      }
      ProjectRow& pr = r.projects[it->second];
      if (std::find(pr.listed_in.begin(), pr.listed_in.end(), s.id.value) == pr.listed_in.end())
        pr.listed_in.push_back(s.id.value);
      if (l.relisted && std::find(pr.relisted_in.begin(), pr.relisted_in.end(), s.id.value) == pr.relisted_in.end())
        pr.relisted_in.push_back(s.id.value);
    }
  }
  // The whole plan: every defined project once (the department total). A
  // subtree: what its total must be (budget-total's counting: once per
  // project, partial parts added).
  BudgetSum total = root < 0 ? project_sum(plan) : section_sum(plan, root);
  r.total = total.money();
  r.listings = listings.money();

  for (Category c : {Category::new_, Category::revised, Category::continuing, Category::none}) {
    CategoryRow row;
    row.category = c;
    for (const auto& pr : r.projects) {
      if (pr.category != c) continue;
      ++row.count;
      row.money.budget += pr.money.budget;  // checked: overflow or unknown, never wrapped
      row.money.previous += pr.money.previous;
    }
    // A project that could not be read may be of any category.
    if (root < 0 && plan.projects_unknown) row.money = {Figure::unknown(), Figure::unknown()};
    r.categories.push_back(row);
  }

  // KPIs and goals.
  std::vector<int> years;
  Era period_era = Era::gregorian;
  if (plan.has_period()) {
    period_era = m.period_start->era;
    for (int y = m.period_start->year; y <= m.period_end->year && y - m.period_start->year < 100; ++y) years.push_back(y);
  }
  for (int y : years) r.period_years.push_back(year_label(y, period_era, opts.era));
  r.period_year_values = years;

  for (const auto& ind : plan.indicators) {
    if (!in[static_cast<size_t>(ind.section)]) continue;
    IndicatorRow row;
    row.kind = ind.kind;
    row.id = ind.label();  // without an id: its name or position
    row.name = ind.name.value;
    row.unit = ind.unit;
    row.section = plan.sections[static_cast<size_t>(ind.section)].id.value;
    row.direction = ind.direction;
    row.cumulative = ind.cumulative;
    if (ind.has_baseline) row.baseline = cell(ind.baseline, opts.era);
    if (ind.kind == IndicatorKind::kpi) {
      for (int y : years) {
        auto t = std::find_if(ind.targets.begin(), ind.targets.end(),
                              [&](const Point& p) { return p.year && p.year->year == y; });
        if (t != ind.targets.end()) {
          row.targets.push_back(cell(*t, opts.era));
          row.targets.back().year_text = year_label(y, period_era, opts.era);
        } else {
          YearCell c;
          c.year = y;
          c.year_text = year_label(y, period_era, opts.era);
          row.targets.push_back(c);
        }
      }
      for (const auto& t : ind.targets)  // targets outside the period, too (kpi-period reports them)
        if (t.year && std::find(years.begin(), years.end(), t.year->year) == years.end())
          row.targets.push_back(cell(t, opts.era));
    } else if (ind.target) {
      row.targets.push_back(cell(*ind.target, opts.era));
    }
    for (const auto& a : ind.actuals) row.actuals.push_back(cell(a, opts.era));
    row.note = ind.note;
    r.indicators.push_back(std::move(row));

    // Progress: the latest actual against that year's target.
    const Point* latest = nullptr;
    for (const auto& a : ind.actuals)
      if (a.value && a.year) latest = &a;
    if (!latest) continue;
    ProgressRow pr;
    pr.kind = ind.kind;
    pr.id = ind.label();
    pr.name = ind.name.value;
    pr.unit = ind.unit;
    pr.direction = ind.direction;
    pr.actual = cell(*latest, opts.era);
    if (ind.has_baseline && ind.baseline.value) pr.baseline = ind.baseline.value->value;
    if (ind.kind == IndicatorKind::kpi) {
      for (const auto& t : ind.targets)
        if (t.year && t.year->year == latest->year->year && t.value) {
          pr.target = t.value->value;
          pr.target_year = year_text(*t.year, opts.era);
        } else if (t.year && t.year->year == latest->year->year && t.invalid) {
          pr.target_unknown = true;
          pr.target_year = year_text(*t.year, opts.era);
        }
    } else if (ind.target && ind.target->value) {
      pr.target = ind.target->value->value;
      if (ind.target->year) pr.target_year = year_text(*ind.target->year, opts.era);
    } else if (ind.target && ind.target->invalid) {
      pr.target_unknown = true;
    }
    if (pr.target) pr.rate = achievement(ind.direction, latest->value->value, *pr.target, pr.baseline);
    pr.status = progress_status(pr.rate);
    r.progress.push_back(std::move(pr));
  }

  // The outline: the subtree's roots (the whole plan's pillars).
  std::unordered_map<int, const BudgetRow*> rows;
  for (size_t k = 0; k < r.sections.size(); ++k) rows.emplace(row_sections[k], &r.sections[k]);
  bool document = opts.kind == ReportKind::document;
  if (root >= 0) r.outline.push_back(outline_node(plan, root, rows, document));
  else
    for (int s : plan.roots) r.outline.push_back(outline_node(plan, s, rows, document));
  return true;
}

}  // namespace yplan

// Hover: what a total adds up, what a listed project is, a KPI's whole
// trajectory, a year in both calendars.
#include <fmt/format.h>

#include "features.hpp"
#include "yplan/budget.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan::lsp {

namespace {

constexpr size_t kMaxRows = 40;  // listings shown in a total's hover before "and N more"

std::string amount_text(const AmountField& f) {
  if (f.invalid) return tr("(unreadable)");
  if (!f.has()) return tr("none");
  return group_thousands(f.amount->value);
}

const char* category_label(Category c) {
  switch (c) {
    case Category::new_: return tr("new");
    case Category::revised: return tr("revised");
    case Category::continuing: return tr("continuing");
    case Category::none: break;
  }
  return tr("(not stated)");
}

std::string section_name(const Section& s) {
  std::string label = s.label.empty() ? s.id.value : s.label;
  return fmt::format("{} {} (`{}`)", label, s.title.value, s.id.value);
}

std::string project_hover(const Plan& plan, int index, const std::string& id) {
  if (index < 0) return trf("Project `{}` is not defined under `projects:`.", id);
  const Project& p = plan.projects[static_cast<size_t>(index)];
  std::string out = fmt::format("**{}** (`{}`)\n\n", p.name.value, p.id.value);
  out += trf("- budget: {} {}\n", amount_text(p.budget), plan.meta.budget_unit);
  out += trf("- previous: {} {}\n", amount_text(p.previous), plan.meta.budget_unit);
  out += trf("- category: {}\n", category_label(p.category));
  std::string listed;
  size_t n = 0;
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings)
      if (l.project.value == p.id.value) {
        ++n;
        listed += fmt::format("- {}{}\n", section_name(s), l.partial ? tr(" (partial)") : "");
      }
  if (n == 0) out += "\n" + std::string(tr("Listed under no section.")) + "\n";
  else out += "\n" + fmt::format(fmt::runtime(ntr("Listed under {} section:", "Listed under {} sections:", n)), n) + "\n" + listed;
  return out;
}

// A figure of a sum: its number, or why there is none (never a wrapped number).
std::string figure_text(const Figure& f) {
  if (f.is_unknown()) return tr("unknown (a figure cannot be read)");
  if (f.overflow()) return tr("beyond 64 bits");
  return group_thousands(f.value);
}

std::string sum_text(const BudgetSum& s) { return fmt::format("{} / {}", figure_text(s.budget), figure_text(s.previous)); }

std::string total_hover(const Plan& plan, const Total& t, int section) {
  std::string unit = plan.meta.budget_unit;
  std::string out = section >= 0 ? trf("**Total of {}**\n\n", section_name(plan.sections[static_cast<size_t>(section)]))
                                 : std::string(tr("**Total of the plan**\n\n"));
  BudgetSum sum = section >= 0 ? section_sum(plan, section) : project_sum(plan);
  out += trf("- stated (budget / previous): {} / {} {}\n", amount_text(t.budget), amount_text(t.previous), unit);
  out += trf("- computed (budget / previous): {} {}\n", sum_text(sum), unit);
  out += "\n";
  size_t rows = 0, more = 0;
  auto row = [&](const std::string& line) {
    if (rows++ < kMaxRows) out += line;
    else ++more;
  };
  if (section >= 0) {
    out += std::string(tr("Listings (a project listed more than once counts once):")) + "\n";
    std::vector<int> todo{section};
    while (!todo.empty()) {
      int si = todo.front();
      todo.erase(todo.begin());
      const Section& s = plan.sections[static_cast<size_t>(si)];
      for (const auto& l : s.listings) {
        Figures f = listing_figures(plan, l);
        int pi = l.project_unknown ? -1 : plan.find_project(l.project.value);
        std::string name = pi >= 0 ? plan.projects[static_cast<size_t>(pi)].name.value : std::string(tr("(not defined)"));
        row(fmt::format("- `{}` {} — {} / {}{} ({})\n", l.project.value, name,
                        figure_text(f.budget), figure_text(f.previous),
                        l.partial ? tr(" (partial)") : "", s.label.empty() ? s.id.value : s.label));
      }
      todo.insert(todo.begin(), s.children.begin(), s.children.end());
    }
  } else {
    out += std::string(tr("Projects (each counted once):")) + "\n";
    for (const auto& p : plan.projects)
      row(fmt::format("- `{}` {} — {} / {}\n", p.id.value, p.name.value, amount_text(p.budget), amount_text(p.previous)));
  }
  if (more) out += trf("- … and {} more\n", more);
  return out;
}

std::string year_line(const Year& y) {
  return trf("{}: fiscal year {} (Gregorian) = {}", y.written, y.year, japanese_year(y.year));
}

std::string value_text(const Point& p) {
  if (p.invalid) return tr("(unreadable)");
  if (!p.value) return p.note.empty() ? std::string(tr("open")) : trf("open ({})", p.note);
  return p.value->written;
}

const char* direction_label(Direction d) {
  switch (d) {
    case Direction::increase: return tr("increase");
    case Direction::decrease: return tr("decrease");
    case Direction::maintain: return tr("maintain");
  }
  return "";
}

std::string trajectory_hover(const Indicator& ind) {
  std::string out = fmt::format("**{}** (`{}`)\n\n", ind.name.value, ind.id.value);
  out += trf("- direction: {}\n", direction_label(ind.direction));
  out += trf("- unit: {}\n", ind.unit.empty() ? std::string(tr("(none)")) : ind.unit);
  if (ind.kind == IndicatorKind::kpi && ind.cumulative) out += std::string(tr("- cumulative")) + "\n";
  out += "\n| " + std::string(tr("year")) + " | " + std::string(tr("value")) + " |\n|---|---|\n";
  if (ind.has_baseline)
    out += fmt::format("| {} {} | {} |\n", ind.baseline.year ? ind.baseline.year->written : "?", tr("(baseline)"),
                       value_text(ind.baseline));
  if (ind.kind == IndicatorKind::kpi) {
    for (const auto& t : ind.targets)
      out += fmt::format("| {} | {} |\n", t.year ? t.year->written : "?", value_text(t));
  } else if (ind.target) {
    out += fmt::format("| {} {} | {} |\n", ind.target->year ? ind.target->year->written : "?", tr("(target)"),
                       value_text(*ind.target));
  }
  return out;
}

}  // namespace

std::string japanese_year(int year) {
  auto form = [](const char* era, int n) {
    return n == 1 ? fmt::format("{}元年度", era) : fmt::format("{}{}年度", era, n);
  };
  if (year >= 2019) return form("令和", year - 2018);
  if (year >= 1989) return form("平成", year - 1988);
  if (year >= 1926) return form("昭和", year - 1925);
  return fmt::format("{}年度", year);
}

std::optional<Hover> hover(const Analysis& a, size_t offset) {
  const Plan& plan = a.plan();
  // A project id: its definition or a listing.
  if (const auto* o = a.occurrence_at(offset); o && o->kind == Analysis::Entity::project) {
    std::string out = project_hover(plan, plan.find_project(o->id), o->id);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return Hover{out, o->span};
  }
  Analysis::Context c = a.context(offset);
  if (!c.found) return std::nullopt;
  Span span = node_span(a.document(), c.node);
  const auto& node = a.document().tree().node(c.node);
  std::string out;
  // A year: a key of targets/actuals, a `year:` value, fiscal_year, period.
  bool year_place = (c.map == MapKind::years && c.on_key) || (!c.on_key && c.leaf_key == "year") ||
                    (!c.on_key && (c.leaf_key == "fiscal_year" || c.leaf_key == "period"));
  if (year_place && node.kind == yaml::Kind::scalar) {
    if (auto y = parse_year(node.text)) out += year_line(Year{y->year, y->era, node.text, {}}) + "\n\n";
  }
  if (c.indicator >= 0)  // its targets, baseline, actuals, or its id and name: the trajectory
    out += trajectory_hover(plan.indicators[static_cast<size_t>(c.indicator)]);
  else if (c.total && c.section >= 0 && plan.sections[static_cast<size_t>(c.section)].total)
    out += total_hover(plan, *plan.sections[static_cast<size_t>(c.section)].total, c.section);
  else if (c.plan_total && plan.meta.total)
    out += total_hover(plan, *plan.meta.total, -1);
  else if (c.listing)
    out += project_hover(plan, plan.find_project(c.listing->project.value), c.listing->project.value);
  else if (c.project >= 0 && c.map == MapKind::project &&
           (c.field == "budget" || c.field == "previous" || c.field == "category"))
    // A project's own figures (key or value): the project, as on its id.
    out += project_hover(plan, c.project, plan.projects[static_cast<size_t>(c.project)].id.value);
  if (out.empty()) return std::nullopt;
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return Hover{out, span};
}

}  // namespace yplan::lsp

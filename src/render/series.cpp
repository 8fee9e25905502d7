// The series report (`report --kind series`) in text, Markdown, CSV and JSON
// (see yplan/series.hpp): one table per KPI or goal (a row per plan and what
// it says: its targets, its actuals), and the projects' budgets by plan.
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/report_parts.hpp"
#include "render/xml.hpp"
#include "yplan/i18n.hpp"
#include "yplan/series.hpp"
#include "yplan/table.hpp"
#include "yplan/text.hpp"

namespace yplan {

namespace {

using render::report_money;
using render::report_quantity;

std::string plan_label(const SeriesPlan& p) {
  return p.fiscal_year.empty() ? p.id : fmt::format("{} ({})", p.id, p.fiscal_year);
}

std::string series_title(const SeriesReport& s) {
  std::vector<std::string> names;
  for (const auto& p : s.plans) names.push_back(plan_label(p));
  return trf("Series: {}", fmt::join(names, " → "));
}

std::string cell_text(const SeriesCell& c, const ReportOptions& o) {
  if (c.value) return report_quantity(*c.value, o);
  if (c.unreadable) return tr("unknown");
  return c.present ? tr("open") : "";
}

std::string indicator_title(const SeriesIndicator& ind) {
  std::string t = fmt::format("{} {}: {}", ind.kind == IndicatorKind::kpi ? tr("KPI") : tr("goal"), ind.id, ind.name);
  if (!ind.unit.empty()) t += fmt::format(" ({})", ind.unit);
  return t;
}

// One KPI or goal: a row per plan for its targets (marked when revised), a
// row per plan that reports actuals; a column per year.
Table indicator_table(const SeriesIndicator& ind, const SeriesReport& s, const ReportOptions& o) {
  Table t;
  t.columns = {{tr("Plan")}, {tr("Values")}};
  for (const auto& y : ind.years) t.columns.push_back({y, true});
  for (size_t c = 0; c < s.plans.size(); ++c) {
    if (!ind.in_plan[c]) {
      t.add({plan_label(s.plans[c]), tr("not in this plan")});
      t.rows.back().resize(t.columns.size());
      continue;
    }
    std::vector<std::string> row{plan_label(s.plans[c]), ind.revised[c] ? tr("target (revised)") : tr("target")};
    for (const auto& cell : ind.targets[c]) row.push_back(cell_text(cell, o));
    t.add(std::move(row));
    bool any = false;
    for (const auto& cell : ind.actuals[c]) any = any || cell.present;
    if (!any) continue;
    std::vector<std::string> arow{plan_label(s.plans[c]), tr("actual")};
    for (const auto& cell : ind.actuals[c]) arow.push_back(cell_text(cell, o));
    t.add(std::move(arow));
  }
  return t;
}

Table project_table(const SeriesReport& s, const ReportOptions& o) {
  Table t;
  t.columns = {{report_heading(render::Heading::id, o)}, {report_heading(render::Heading::name, o), false, true, 8}};
  for (const auto& p : s.plans) t.columns.push_back({plan_label(p), true});
  for (const auto& pr : s.projects) {
    std::vector<std::string> row{pr.id, pr.name};
    for (const auto& b : pr.budget) row.push_back(b ? report_money(*b, o) : "");
    t.add(std::move(row));
  }
  return t;
}

std::string projects_title() { return tr("Budget by fiscal year (千円)"); }

// A table as HTML: numbers right-aligned; rows whose second cell is `mark` get class "revised".
void html_table(std::ostream& out, const Table& t, const std::string& mark) {
  using render::xml_escape;
  out << "<table>\n<thead><tr>";
  for (const auto& c : t.columns) out << (c.right ? "<th class=\"num\">" : "<th>") << xml_escape(c.header) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << (row.size() > 1 && !mark.empty() && row[1] == mark ? "<tr class=\"revised\">" : "<tr>");
    for (size_t i = 0; i < row.size(); ++i)
      out << (t.columns[i].right ? "<td class=\"num\">" : "<td>") << xml_escape(row[i]) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace

void render_series_html(std::ostream& out, const std::vector<SeriesReport>& all, const ReportOptions& o) {
  using render::xml_escape;
  const std::string title = all.empty() ? tr("Series") : series_title(all.front());
  out << "<!DOCTYPE html>\n<html lang=\"" << (o.lang == Lang::ja ? "ja" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << xml_escape(title)
      << "</title>\n<style>\n"
      << "body { font-family: \"IPAexGothic\", \"Noto Sans CJK JP\", \"Hiragino Sans\", Meiryo, sans-serif; margin: 24px;\n"
         "       color: #1f2328; font-size: 14px; line-height: 1.5; }\n"
         "h1 { font-size: 20px; } h2 { font-size: 16px; margin: 20px 0 4px; }\n"
         "table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }\n"
         "th, td { border: 1px solid #8c959f; padding: 2px 6px; } th { background: #eaeef2; text-align: left; }\n"
         "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }\n"
         "tr.revised td { background: #fff8c5; font-weight: bold; }\n"
         ".note { color: #57606a; }\n"
         "@page { size: A4 landscape; margin: 12mm; }\n"
      << "</style>\n</head>\n<body>\n";
  const std::string revised = tr("target (revised)");
  for (const auto& s : all) {
    out << "<section>\n<h1>" << xml_escape(series_title(s)) << "</h1>\n";
    for (const auto& ind : s.indicators) {
      out << "<h2>" << xml_escape(indicator_title(ind)) << "</h2>\n";
      if (!ind.retired.empty()) out << "<p class=\"note\">" << xml_escape(trf("retired: {}", ind.retired)) << "</p>\n";
      html_table(out, indicator_table(ind, s, o), revised);
    }
    if (!s.projects.empty()) {
      out << "<h2>" << xml_escape(projects_title()) << "</h2>\n";
      html_table(out, project_table(s, o), "");
    }
    out << "</section>\n";
  }
  out << "</body>\n</html>\n";
}

void render_series_text(std::ostream& out, const std::vector<SeriesReport>& all, const ReportOptions& o) {
  bool first = true;
  for (const auto& s : all) {
    if (!first) out << '\n';
    first = false;
    out << series_title(s) << '\n';
    for (const auto& ind : s.indicators) {
      out << '\n' << indicator_title(ind) << '\n';
      if (!ind.retired.empty()) out << trf("retired: {}", ind.retired) << '\n';
      render_text_table(out, indicator_table(ind, s, o), o.width);
    }
    if (!s.projects.empty()) {
      out << '\n' << projects_title() << '\n';
      render_text_table(out, project_table(s, o), o.width);
    }
  }
}

void render_series_markdown(std::ostream& out, const std::vector<SeriesReport>& all, const ReportOptions& o) {
  bool first = true;
  for (const auto& s : all) {
    if (!first) out << '\n';
    first = false;
    out << "# " << series_title(s) << '\n';
    for (const auto& ind : s.indicators) {
      out << "\n## " << indicator_title(ind) << "\n\n";
      if (!ind.retired.empty()) out << trf("retired: {}", ind.retired) << "\n\n";
      render_markdown_table(out, indicator_table(ind, s, o));
    }
    if (!s.projects.empty()) {
      out << "\n## " << projects_title() << "\n\n";
      render_markdown_table(out, project_table(s, o));
    }
  }
}

void render_series_csv(std::ostream& out, const std::vector<SeriesReport>& all, const ReportOptions& options) {
  ReportOptions o = options;
  o.plain_numbers = true;
  Table t;
  // Fixed English column names: CSV is for programs (as the other kinds' keys are).
  t.columns = {{"series"}, {"kind"}, {"id"}, {"plan"}, {"fiscal_year"}, {"year"}, {"what"}, {"value", true}, {"note"}};
  if (o.bom) out << "\xEF\xBB\xBF";
  for (const auto& s : all) {
    const std::string series = s.plans.front().id;
    for (const auto& ind : s.indicators)
      for (size_t c = 0; c < s.plans.size(); ++c) {
        auto put = [&](const std::vector<SeriesCell>& cells, const char* what) {
          for (size_t y = 0; y < cells.size(); ++y) {
            if (!cells[y].present) continue;
            t.add({series, ind.kind == IndicatorKind::kpi ? "kpi" : "goal", ind.id, s.plans[c].id,
                   s.plans[c].fiscal_year, ind.years[y], what,
                   cells[y].value ? report_quantity(*cells[y].value, o) : cells[y].unreadable ? "unknown" : "",
                   cells[y].note});
          }
        };
        if (!ind.in_plan[c]) continue;
        put(ind.targets[c], "target");
        put(ind.actuals[c], "actual");
      }
    for (const auto& pr : s.projects)
      for (size_t c = 0; c < s.plans.size(); ++c) {
        if (!pr.budget[c]) continue;
        const Figure& b = *pr.budget[c];
        t.add({series, "project", pr.id, s.plans[c].id, s.plans[c].fiscal_year, s.plans[c].fiscal_year, "budget",
               b.known() ? std::to_string(b.value) : b.overflow() ? "overflow" : "unknown", ""});
      }
  }
  render_csv_table(out, t);
}

void render_series_json(std::ostream& out, const std::vector<SeriesReport>& all, const ReportOptions&) {
  using json = nlohmann::ordered_json;
  // As the other kinds' JSON: whole numbers as integers; a value or figure
  // that is not known is null with a reason under "reason".
  auto figure = [](const std::optional<Figure>& f) -> json {
    if (!f) return nullptr;  // not in that plan
    if (f->known()) return f->value;
    return json{{"value", nullptr}, {"reason", f->overflow() ? "overflow" : "unknown"}};
  };
  auto value = [](const std::optional<double>& v) -> json {
    if (!v) return nullptr;
    if (std::fabs(*v) < 9e15 && *v == std::floor(*v)) return static_cast<int64_t>(*v);
    return *v;
  };
  auto cells = [&](const std::vector<SeriesCell>& v, const std::vector<std::string>& years) {
    json o = json::object();
    for (size_t y = 0; y < v.size(); ++y) {
      if (!v[y].present) continue;
      json c{{"value", value(v[y].value)}};
      if (!v[y].note.empty()) c["note"] = v[y].note;
      if (v[y].unreadable) c["reason"] = json{{"value", "unknown"}};
      o[years[y]] = c;
    }
    return o;
  };
  json doc = json::array();
  for (const auto& s : all) {
    json plans = json::array();
    for (const auto& p : s.plans)
      plans.push_back({{"id", p.id}, {"file", p.file}, {"title", p.title}, {"fiscal_year", p.fiscal_year}});
    json inds = json::array();
    for (const auto& ind : s.indicators) {
      json by_plan = json::array();
      for (size_t c = 0; c < s.plans.size(); ++c) {
        if (!ind.in_plan[c]) {
          by_plan.push_back(nullptr);
          continue;
        }
        by_plan.push_back({{"plan", s.plans[c].id},
                           {"revised", static_cast<bool>(ind.revised[c])},
                           {"targets", cells(ind.targets[c], ind.years)},
                           {"actuals", cells(ind.actuals[c], ind.years)}});
      }
      json j{{"kind", ind.kind == IndicatorKind::kpi ? "kpi" : "goal"},
             {"id", ind.id},
             {"name", ind.name},
             {"unit", ind.unit},
             {"years", ind.years},
             {"plans", by_plan}};
      if (!ind.retired.empty()) j["retired"] = ind.retired;
      inds.push_back(j);
    }
    json projects = json::array();
    for (const auto& pr : s.projects) {
      json budget = json::array(), previous = json::array();
      for (size_t c = 0; c < s.plans.size(); ++c) {
        budget.push_back(figure(pr.budget[c]));
        previous.push_back(figure(pr.previous[c]));
      }
      projects.push_back({{"id", pr.id}, {"name", pr.name}, {"budget", budget}, {"previous", previous}});
    }
    doc.push_back({{"plans", plans}, {"indicators", inds}, {"projects", projects}});
  }
  out << json{{"series", doc}}.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace yplan

// The report model as JSON (yplan-report(1) documents it key by key): every
// figure a number, or null with a "reason" (unknown, overflow) beside it.
#include <cmath>
#include <nlohmann/json.hpp>

#include "yplan/report.hpp"
#include "yplan/values.hpp"

namespace yplan {

void render_report_json(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  if (o.kind == ReportKind::outline) return render_outline_json(out, m, o);
  using json = nlohmann::ordered_json;
  // A figure: its value, or null with a reason ("unknown" or "overflow") under "reason".
  auto put = [](json& j, const char* key, const Figure& f) {
    if (f.known()) {
      j[key] = f.value;
      return;
    }
    j[key] = nullptr;
    j["reason"][key] = f.overflow() ? "overflow" : "unknown";
  };
  auto reason_last = [](json& j) {
    if (!j.contains("reason")) return;
    json reason = j["reason"];
    j.erase("reason");
    j["reason"] = reason;
  };
  auto money_json = [&](const Money& x) {
    json j = json::object();
    put(j, "budget", x.budget);
    put(j, "previous", x.previous);
    reason_last(j);
    return j;
  };
  auto value = [](const std::optional<double>& v) -> json {
    if (!v) return nullptr;
    if (std::fabs(*v) < 9e15 && *v == std::floor(*v)) return static_cast<int64_t>(*v);
    return *v;
  };
  auto year_cell = [&](const YearCell& c) {
    json j{{"year", c.year_text.empty() ? json(nullptr) : json(c.year_text)}, {"value", value(c.value)}};
    if (c.unreadable) j["reason"] = json{{"value", "unknown"}};
    if (c.year) j["gregorian"] = c.year;
    if (!c.note.empty()) j["note"] = c.note;
    return j;
  };
  json plans = json::array();
  for (const auto& r : m.plans) {
    json sections = json::array();
    for (const auto& b : r.sections) {
      json row{{"id", b.id}, {"label", b.label}, {"title", b.title}};
      put(row, "budget", b.shown.budget);
      put(row, "previous", b.shown.previous);
      put(row, "change", b.shown.budget - b.shown.previous);
      row["stated"] = b.stated ? money_json(*b.stated) : json(nullptr);
      row["computed"] = money_json(b.computed);
      row["differs"] = b.differs;
      reason_last(row);
      sections.push_back(row);
    }
    json projects = json::array();
    for (const auto& p : r.projects) {
      json row{{"id", p.id}, {"name", p.name}};
      put(row, "budget", p.money.budget);
      if (p.has_previous) put(row, "previous", p.money.previous);
      else row["previous"] = nullptr;  // no previous budget
      row["category"] = p.category == Category::none ? json(nullptr) : json(category_name(p.category));
      row["listed_in"] = p.listed_in;
      row["relisted_in"] = p.relisted_in;
      reason_last(row);
      projects.push_back(row);
    }
    json categories = json::array();
    for (const auto& c : r.categories)
    {
      json row{{"category", c.category == Category::none ? json(nullptr) : json(category_name(c.category))},
               {"count", c.count}};
      put(row, "budget", c.money.budget);
      put(row, "previous", c.money.previous);
      reason_last(row);
      categories.push_back(row);
    }
    json indicators = json::array();
    for (const auto& i : r.indicators) {
      json targets = json::array();
      for (const auto& t : i.targets)
        if (t.present) targets.push_back(year_cell(t));
      indicators.push_back(json{{"kind", i.kind == IndicatorKind::kpi ? "kpi" : "goal"}, {"id", i.id},
                                {"name", i.name}, {"unit", i.unit}, {"section", i.section},
                                {"direction", direction_name(i.direction)}, {"cumulative", i.cumulative},
                                {"baseline", i.baseline ? year_cell(*i.baseline) : json(nullptr)},
                                {"targets", targets}});
    }
    json progress = json::array();
    static constexpr const char* kStatus[] = {"achieved", "on-track", "behind", "no-data"};
    for (const auto& p : r.progress) {
      progress.push_back(json{{"kind", p.kind == IndicatorKind::kpi ? "kpi" : "goal"}, {"id", p.id},
                              {"name", p.name}, {"unit", p.unit},
                              {"actual", p.actual ? year_cell(*p.actual) : json(nullptr)},
                              {"target", value(p.target)}, {"target_year", p.target_year},
                              {"baseline", value(p.baseline)}, {"rate", value(p.rate)},
                              {"status", kStatus[static_cast<int>(p.status)]}});
      if (p.target_unknown) progress.back()["reason"] = json{{"target", "unknown"}, {"rate", "unknown"}};
    }
    json plan{{"file", r.file},
              {"plan", json{{"id", r.id}, {"title", r.title}, {"organization", r.organization},
                            {"fiscal_year", r.fiscal_year}, {"period", r.period}, {"status", r.status},
                            {"budget_unit", r.unit}}},
              {"section", r.section.empty() ? json(nullptr) : json(r.section)},
              {"budget", json{{"total", money_json(r.total)}, {"listings", money_json(r.listings)},
                              {"sections", sections}, {"categories", categories}, {"projects", projects}}},
              {"indicators", indicators},
              {"progress", progress},
              {"findings", r.checked ? json{{"errors", r.errors}, {"warnings", r.warnings}} : json(nullptr)}};
    plans.push_back(plan);
  }
  json doc{{"budget", json{{"total", money_json(m.combined)}}}, {"plans", plans}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace yplan

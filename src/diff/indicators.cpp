// Comparing two plans: their KPIs and goals (matched by id, renames by kind
// and name), with baselines, targets and actuals matched by year.
#include "diff/differ.hpp"

namespace yplan::differ {

std::string Differ::value_text(const Point& p) {
  if (p.value) return format_number(p.value->value);
  return p.invalid ? "(unreadable)" : "open";
}

void Differ::year_values(const Indicator& y, size_t order, const std::string& what,
                         const std::vector<Point>& a, const std::vector<Point>& b) {
  std::map<int, std::pair<const Point*, const Point*>> by_year;
  for (const auto& p : a)
    if (p.year) by_year[p.year->year].first = &p;
  for (const auto& p : b)
    if (p.year) by_year[p.year->year].second = &p;
  const std::string path = path_of(y) + "." + what;
  for (const auto& [year, pair] : by_year) {
    const auto [pa, pb] = pair;
    const Year& yr = pb ? *pb->year : *pa->year;
    std::string field = what + "." + year_label(yr, o_.era);
    std::string ypath = path + "." + yr.written;
    if (!pb) {
      Change& c = changed(DiffGroup::indicator, y.kind_name(), y.id.value, y.name.value, order, field, ypath,
                          value_text(*pa), "");
      c.detail = "removed";
      if (pa->value) c.old_number = pa->value->value;
    } else if (!pa) {
      Change& c = changed(DiffGroup::indicator, y.kind_name(), y.id.value, y.name.value, order, field, ypath, "",
                          value_text(*pb));
      c.detail = "added";
      if (pb->value) c.new_number = pb->value->value;
    } else {
      bool same = pa->value.has_value() == pb->value.has_value() &&
                  (!pa->value || pa->value->value == pb->value->value) && pa->invalid == pb->invalid;
      if (!same) {
        Change& c = changed(DiffGroup::indicator, y.kind_name(), y.id.value, y.name.value, order, field, ypath,
                            value_text(*pa), value_text(*pb));
        if (pa->value) c.old_number = pa->value->value;
        if (pb->value) c.new_number = pb->value->value;
        if (pa->value && !pb->value && !pb->invalid) c.detail = "opened";
        if (!pa->value && pb->value && !pa->invalid) c.detail = "closed";
      }
      text_field(DiffGroup::indicator, y.kind_name(), y.id.value, y.name.value, order, field + ".note",
                 ypath + ".note", pa->note, pb->note);
    }
  }
}

void Differ::goal_target(const Indicator& y, size_t order, const std::optional<Point>& a,
                         const std::optional<Point>& b) {
  const std::string path = path_of(y) + ".target";
  auto year_text = [&](const std::optional<Point>& p) {
    return p && p->year ? year_label(*p->year, o_.era) : std::string();
  };
  auto y_a = a ? year_of(a->year) : std::nullopt, y_b = b ? year_of(b->year) : std::nullopt;
  if (y_a != y_b)
    changed(DiffGroup::indicator, "goal", y.id.value, y.name.value, order, "target.year", path + ".year",
            year_text(a), year_text(b));
  auto value = [&](const std::optional<Point>& p) -> std::string { return p ? value_text(*p) : ""; };
  bool same = (a && a->value) == (b && b->value) && (!(a && a->value) || a->value->value == b->value->value);
  if (!same) {
    Change& c = changed(DiffGroup::indicator, "goal", y.id.value, y.name.value, order, "target.value",
                        path + ".value", value(a), value(b));
    if (a && a->value) c.old_number = a->value->value;
    if (b && b->value) c.new_number = b->value->value;
  }
  text_field(DiffGroup::indicator, "goal", y.id.value, y.name.value, order, "target.note", path + ".note",
             a ? a->note : "", b ? b->note : "");
}

std::string Differ::baseline_text(const Indicator& i) {
  if (!i.has_baseline) return "";
  std::string v = value_text(i.baseline);
  return i.baseline.year ? year_label(*i.baseline.year, o_.era) + " " + v : v;
}

void Differ::indicators() {
  auto id = [](const Indicator& i) { return i.id.value; };
  auto name = [](const Indicator& i) { return std::string(i.kind_name()) + "\n" + i.name.value; };
  const Matching m = match(a_.indicators, b_.indicators, id, name);
  const auto& renamed = m.renamed;

  for (size_t i = 0; i < b_.indicators.size(); ++i) {
    const Indicator& y = b_.indicators[i];
    // Diff matches by id: one without an id (schema said so) is not compared.
    if (y.id.value.empty() || b_.find_indicator(y.id.value) != static_cast<int>(i)) continue;
    const size_t order = 2 * i + 1;
    std::string old_id = y.id.value;
    if (auto it = renamed.find(y.id.value); it != renamed.end()) {
      old_id = it->second;
      Change& c = add(DiffGroup::indicator, ChangeKind::renamed, y.kind_name(), y.id.value, order);
      c.old_id = old_id;
      c.name = y.name.value;
      c.path = path_of(y);
    }
    int xi = a_.find_indicator(old_id);
    if (xi < 0) {
      Change& c = add(DiffGroup::indicator, ChangeKind::added, y.kind_name(), y.id.value, order);
      c.name = y.name.value;
      c.path = path_of(y);
      c.detail = "in section " + b_.sections[static_cast<size_t>(y.section)].id.value;
      continue;
    }
    const Indicator& x = a_.indicators[static_cast<size_t>(xi)];
    const std::string path = path_of(y);
    const std::string k = y.kind_name();
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "kind", path, x.kind_name(), k);
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "name", path + ".name", x.name.value,
               y.name.value);
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "unit", path + ".unit", x.unit, y.unit);
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "direction", path + ".direction",
               direction_name(x.direction), direction_name(y.direction));
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "cumulative", path + ".cumulative",
               x.cumulative ? "true" : "false", y.cumulative ? "true" : "false");
    const std::string sx = a_.sections[static_cast<size_t>(x.section)].id.value;
    const std::string sy = b_.sections[static_cast<size_t>(y.section)].id.value;
    if (sx != sy) {
      Change& c = add(DiffGroup::indicator, ChangeKind::moved, k, y.id.value, order);
      c.name = y.name.value;
      c.field = "section";
      c.path = path;
      c.old_value = sx;
      c.new_value = sy;
    }
    bool base_same = x.has_baseline == y.has_baseline &&
                     (!x.has_baseline || (year_of(x.baseline.year) == year_of(y.baseline.year) &&
                                          x.baseline.value.has_value() == y.baseline.value.has_value() &&
                                          (!x.baseline.value || x.baseline.value->value == y.baseline.value->value)));
    if (!base_same) {
      Change& c = changed(DiffGroup::indicator, k, y.id.value, y.name.value, order, "baseline", path + ".baseline",
                          baseline_text(x), baseline_text(y));
      if (x.has_baseline && x.baseline.value) c.old_number = x.baseline.value->value;
      if (y.has_baseline && y.baseline.value) c.new_number = y.baseline.value->value;
    }
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "baseline.note", path + ".baseline.note",
               x.has_baseline ? x.baseline.note : "", y.has_baseline ? y.baseline.note : "");
    if (x.kind == IndicatorKind::kpi || y.kind == IndicatorKind::kpi) {
      year_values(y, order, "targets", x.targets, y.targets);
    } else {
      goal_target(y, order, x.target, y.target);
    }
    year_values(y, order, "actuals", x.actuals, y.actuals);
    text_field(DiffGroup::indicator, k, y.id.value, y.name.value, order, "note", path + ".note", x.note, y.note);
  }
  each_removed(a_.indicators, m, id, [&](const Indicator& x, size_t order) {
    if (x.id.value.empty()) return;
    Change& c = add(DiffGroup::indicator, ChangeKind::removed, x.kind_name(), x.id.value, order);
    c.name = x.name.value;
    c.path = path_of(x);
  });
}

}  // namespace yplan::differ

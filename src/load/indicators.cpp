// Loading a plan: its KPIs and goals, with their baselines, targets (a
// year → value map for a KPI, one {year, value} for a goal) and actuals.
#include "load/loader_parts.hpp"

namespace yplan::loader {

Point Loader::point(uint32_t idx, const std::string& path, bool with_year, bool allow_bare) {
  Point p;
  const Node& n = node(idx);
  p.pos = n.pos;
  if (n.kind == Kind::null) return p;
  if (n.kind == Kind::scalar && allow_bare) {
    p.value = quantity(n, path);
    p.invalid = !p.value;
    return p;
  }
  Fields f;
  if (!fields(idx, path, with_year ? keys::goal_target : keys::target, f,
              allow_bare ? tr_noop("a number or {value, note}") : tr_noop("a {year, value} mapping"))) {
    p.invalid = true;  // an alias, a list…: schema said so; the value is unknown, not open
    return p;
  }
  if (with_year) {
    if (const auto* e = f.find("year")) {
      if (node(e->value).kind != Kind::null) p.year = year(e->value, path + ".year");
    }
  }
  if (const auto* e = f.find("value")) {
    const Node& v = node(e->value);
    p.pos = v.pos;
    if (v.kind != Kind::null) {
      p.value = quantity(v, path + ".value");
      p.invalid = !p.value;
    }
  } else if (!allow_bare) {
    require_all(f, "dated_value", path, tr_noop("a value"));
    p.invalid = true;
  } else if (f.was_misspelt("value")) {
    p.invalid = true;
  }
  if (const auto* e = f.find("note")) {
    Text t;
    if (text(e->value, path + ".note", t)) {
      p.note = t.value;
      p.note_pos = t.pos;
    } else {
      p.note_unknown = true;  // not text (schema said so): whether it says why is unknown
    }
  } else {
    p.note_unknown = f.was_misspelt("note");
  }
  return p;
}

std::vector<Point> Loader::year_map(uint32_t idx, const std::string& path, bool* unreadable) {
  std::vector<Point> out;
  const Node& n = node(idx);
  if (n.kind == Kind::null) return out;
  if (n.kind != Kind::map) {
    wrong_kind(n, path, tr_noop("a mapping of year to value"));
    if (unreadable) *unreadable = true;
    return out;
  }
  for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
    const Node& k = node(n.children[i]);
    std::string kpath = path + "." + (k.kind == Kind::scalar ? k.text : std::string("?"));
    auto y = year(n.children[i], kpath);
    if (!y) {
      if (unreadable) *unreadable = true;
      continue;
    }
    auto dup = std::find_if(out.begin(), out.end(), [&](const Point& p) { return p.year->year == y->year; });
    if (dup != out.end()) {
      schema(k.pos, kpath,
             trf("year {} repeats {} at line {} (both are {})", y->written,
                         dup->year->written, dup->year->pos.line, y->year));
      continue;
    }
    Point p = point(n.children[i + 1], kpath, false, true);
    p.year = y;
    out.push_back(std::move(p));
  }
  // Every point here has a year; sort by it (key order is usually year order already).
  auto year_of = [](const Point& p) { return p.year ? p.year->year : 0; };
  std::stable_sort(out.begin(), out.end(), [&](const Point& a, const Point& b) { return year_of(a) < year_of(b); });
  return out;
}

void Loader::read_indicator(uint32_t idx, IndicatorKind kind, int section, size_t i,
                            const std::string& spath) {
  Indicator ind;
  ind.kind = kind;
  ind.section = section;
  const bool is_kpi = kind == IndicatorKind::kpi;
  // Without an id it is still checked, named by its position (a path get accepts);
  // a repeated id is named by its position too, as get resolves an id to the first.
  ind.where = fmt::format("{}.{}.{}", spath, is_kpi ? "kpis" : "goals", i);
  std::string path = ind.where;
  if (auto iid = peek_id(idx); pathable(iid) && seen_ids_[is_kpi ? 2 : 3].insert(iid).second)
    path = std::string(is_kpi ? "kpi." : "goal.") + iid;
  ind.path = path;
  Fields f;
  if (!fields(idx, path, is_kpi ? keys::kpi : keys::goal, f, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"))) return;
  ind.pos = f.pos;
  id(f, path, ind.id, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"));
  require_all(f, is_kpi ? "kpi" : "goal", path, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"));
  text(f, "name", path, ind.name);
  text(f, "unit", path, ind.unit);
  text(f, "note", path, ind.note);
  if (Text r; text(f, "retired", path, r)) ind.retired = std::move(r);
  ind.direction_pos = f.pos;
  if (!enumeration<Direction>(f, is_kpi ? "kpi" : "goal", "direction", path,
                              {{"increase", Direction::increase},
                               {"decrease", Direction::decrease},
                               {"maintain", Direction::maintain}},
                              ind.direction, ind.direction_pos))
    ind.direction_known = !f.find("direction") && !f.was_misspelt("direction");
  if (is_kpi) ind.cumulative = boolean(f, "cumulative", path).value_or(false);
  ind.baseline_pos = f.pos;
  if (const auto* e = f.find("baseline")) {
    ind.baseline_pos = node(e->value).pos;
    if (node(e->value).kind != Kind::null) {
      ind.baseline = point(e->value, path + ".baseline", true, false);
      ind.has_baseline = true;
    }
  }
  ind.targets_pos = f.pos;
  if (is_kpi) {
    if (const auto* e = f.find("targets")) {
      ind.has_target_map = true;
      ind.targets_pos = node(e->value).pos;
      ind.targets = year_map(e->value, path + ".targets", &ind.targets_unreadable);
    } else {
      ind.targets_unreadable = f.was_misspelt("targets");
    }
  } else if (const auto* e = f.find("target")) {
    ind.targets_pos = node(e->value).pos;
    if (node(e->value).kind != Kind::null) ind.target = point(e->value, path + ".target", true, false);
  }
  if (const auto* e = f.find("actuals")) ind.actuals = year_map(e->value, path + ".actuals");
  int index = static_cast<int>(plan_.indicators.size());
  plan_.indicators.push_back(std::move(ind));
  plan_.sections[static_cast<size_t>(section)].indicators.push_back(index);
}

}  // namespace yplan::loader

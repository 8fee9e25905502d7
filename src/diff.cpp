// Comparing two plans by id (rendering is in render_diff.cpp).
#include "yplan/diff.hpp"

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "yplan/budget.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {

std::string show_amount(const AmountField& f) {
  if (f.amount) return group_thousands(f.amount->value);
  return f.invalid ? "(unreadable)" : "";
}

std::optional<double> amount_number(const AmountField& f) {
  if (f.amount) return static_cast<double>(f.amount->value);
  return std::nullopt;
}

bool same_amount(const AmountField& a, const AmountField& b) {
  return a.amount.has_value() == b.amount.has_value() && (!a.amount || a.amount->value == b.amount->value) &&
         a.invalid == b.invalid;
}

std::string year_label(const Year& y, EraStyle era) {
  switch (era) {
    case EraStyle::gregorian: return std::to_string(y.year);
    case EraStyle::japanese: return format_year(y.year, y.year >= 2019 ? Era::reiwa : Era::heisei);
    case EraStyle::as_written: return y.written;
  }
  return y.written;
}

std::optional<int> year_of(const std::optional<Year>& y) {
  if (y) return y->year;
  return std::nullopt;
}

std::vector<std::string> texts(const std::vector<Text>& v) {
  std::vector<std::string> out;
  out.reserve(v.size());
  for (const auto& t : v) out.push_back(t.value);
  return out;
}

// Which new ids are renames of which old ids: an id that disappears while
// another of the same kind appears with the same name. Pairs in document order.
template <class T, class Id, class Name>
std::unordered_map<std::string, std::string> find_renames(const std::vector<T>& olds, const std::vector<T>& news,
                                                          Id id, Name name) {
  std::unordered_set<std::string> old_ids, new_ids;
  for (const auto& x : olds) old_ids.insert(id(x));
  for (const auto& x : news) new_ids.insert(id(x));
  std::unordered_map<std::string, std::deque<std::string>> gone_by_name;
  for (const auto& x : olds)
    if (!new_ids.count(id(x)) && !name(x).empty()) gone_by_name[name(x)].push_back(id(x));
  std::unordered_map<std::string, std::string> renamed;  // new id → old id
  for (const auto& x : news) {
    if (old_ids.count(id(x))) continue;
    auto it = gone_by_name.find(name(x));
    if (it == gone_by_name.end() || it->second.empty()) continue;
    renamed[id(x)] = it->second.front();
    it->second.pop_front();
  }
  return renamed;
}

// How the new side's items of one kind match the old side's: renames (new
// id → old id), the old ids that were renamed, and each new id's position.
struct Matching {
  std::unordered_map<std::string, std::string> renamed;
  std::unordered_set<std::string> renamed_old;
  std::unordered_map<std::string, size_t> new_index;
};

template <class T, class Id, class Name>
Matching match(const std::vector<T>& olds, const std::vector<T>& news, Id id, Name name) {
  Matching m;
  m.renamed = find_renames(olds, news, id, name);
  for (const auto& [n, o] : m.renamed) m.renamed_old.insert(o);
  for (size_t i = 0; i < news.size(); ++i) m.new_index.emplace(id(news[i]), i);
  return m;
}

// Calls removed(item, order) for each old item that the new side neither
// keeps nor renamed; `order` places it after the last item before it that
// the new side kept (new items have order 2i+1, so removals fall between).
template <class T, class Id, class F>
void each_removed(const std::vector<T>& olds, const Matching& m, Id id, F removed) {
  size_t last = 0;
  for (const auto& x : olds) {
    if (auto it = m.new_index.find(id(x)); it != m.new_index.end()) {
      last = 2 * it->second + 1;
      continue;
    }
    if (!m.renamed_old.count(id(x))) removed(x, last + 1);
  }
}

class Differ {
 public:
  Differ(const Plan& a, const Plan& b, const DiffOptions& o, DiffResult& r) : a_(a), b_(b), o_(o), r_(r) {}

  void run() {
    plan_meta();
    projects();
    totals();
    indicators();
    sections();
    std::stable_sort(r_.changes.begin(), r_.changes.end(), [](const Change& x, const Change& y) {
      return std::tie(x.group, x.order) < std::tie(y.group, y.order);
    });
  }

 private:
  Change& add(DiffGroup g, ChangeKind k, std::string thing, std::string id, size_t order) {
    Change c;
    c.group = g;
    c.kind = k;
    c.thing = std::move(thing);
    c.id = std::move(id);
    c.order = order;
    r_.changes.push_back(std::move(c));
    return r_.changes.back();
  }

  // A changed value: appended with the current context.
  Change& changed(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                  size_t order, std::string field, std::string path, std::string old_value,
                  std::string new_value) {
    Change& c = add(g, ChangeKind::changed, thing, id, order);
    c.name = name;
    c.field = std::move(field);
    c.path = std::move(path);
    c.old_value = std::move(old_value);
    c.new_value = std::move(new_value);
    return c;
  }

  void text_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name, size_t order,
                  const std::string& field, const std::string& path, const std::string& a, const std::string& b) {
    if (a != b) changed(g, thing, id, name, order, field, path, a, b);
  }

  void amount_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                    size_t order, const std::string& field, const std::string& path, const AmountField& a,
                    const AmountField& b) {
    if (same_amount(a, b)) return;
    // Stated on neither side (a figure unknown because its key is misspelt
    // or missing): no key of that name to read, so the path names the mapping
    // that holds the figure, as a missing key's finding does.
    const std::string where = !a.stated && !b.stated && path.rfind('.') != std::string::npos
                                  ? path.substr(0, path.rfind('.'))
                                  : path;
    Change& c = changed(g, thing, id, name, order, field, where, show_amount(a), show_amount(b));
    c.old_number = amount_number(a);
    c.new_number = amount_number(b);
  }

  // Lists of text (issues, responses, summaries): counted, or listed with --text.
  void text_list(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name, size_t order,
                 const std::string& field, const std::string& path, const std::vector<std::string>& a,
                 const std::vector<std::string>& b) {
    if (a == b) return;
    std::unordered_map<std::string, int> count;
    for (const auto& s : a) ++count[s];
    std::vector<std::string> added;
    for (const auto& s : b) {
      auto it = count.find(s);
      if (it != count.end() && it->second > 0) --it->second;
      else added.push_back(s);
    }
    std::vector<std::string> removed;
    for (const auto& s : a) {
      auto it = count.find(s);
      if (it->second > 0) {
        --it->second;
        removed.push_back(s);
      }
    }
    size_t n_changed = std::min(added.size(), removed.size());
    std::vector<std::string> parts;
    if (n_changed) parts.push_back(fmt::format("{} changed", n_changed));
    if (added.size() > n_changed) parts.push_back(fmt::format("{} added", added.size() - n_changed));
    if (removed.size() > n_changed) parts.push_back(fmt::format("{} removed", removed.size() - n_changed));
    if (parts.empty()) parts.push_back("reordered");
    Change& c = changed(g, thing, id, name, order, field, path, "", "");
    c.detail = fmt::format("{}", fmt::join(parts, ", "));
    c.old_number = static_cast<double>(a.size());
    c.new_number = static_cast<double>(b.size());
    if (o_.text) {
      c.old_lines = removed;
      c.new_lines = added;
    }
  }

  void plan_meta() {
    const PlanMeta &x = a_.meta, &y = b_.meta;
    size_t n = 0;
    auto field = [&](const char* f, const std::string& p, const std::string& q) {
      text_field(DiffGroup::plan, "plan", "", "", n++, f, std::string("plan.") + f, p, q);
    };
    field("id", x.id.value, y.id.value);
    field("title", x.title.value, y.title.value);
    field("organization", x.organization, y.organization);
    if (year_of(x.fiscal_year) != year_of(y.fiscal_year))
      field("fiscal_year", x.fiscal_year ? year_label(*x.fiscal_year, o_.era) : "",
            y.fiscal_year ? year_label(*y.fiscal_year, o_.era) : "");
    auto period = [&](const PlanMeta& m) {
      return m.period_start && m.period_end
                 ? year_label(*m.period_start, o_.era) + "–" + year_label(*m.period_end, o_.era)
                 : std::string();
    };
    if (year_of(x.period_start) != year_of(y.period_start) || year_of(x.period_end) != year_of(y.period_end))
      field("period", period(x), period(y));
    field("budget_unit", x.budget_unit, y.budget_unit);
    field("status", status_name(x.status), status_name(y.status));
    field("basis", x.basis, y.basis);
    field("note", x.note, y.note);
    AmountField none;
    amount_field(DiffGroup::plan, "plan", "", "", n++, "total.budget", "plan.total.budget",
                 x.total ? x.total->budget : none, y.total ? y.total->budget : none);
    amount_field(DiffGroup::plan, "plan", "", "", n++, "total.previous", "plan.total.previous",
                 x.total ? x.total->previous : none, y.total ? y.total->previous : none);
  }

  // Where each project is listed: section id → the listing.
  using Listings = std::unordered_map<std::string, std::vector<std::pair<std::string, const Listing*>>>;
  static Listings listings_of(const Plan& p) {
    Listings out;
    for (const auto& s : p.sections)
      for (const auto& l : s.listings) out[l.project.value].emplace_back(s.id.value, &l);
    return out;
  }

  void projects() {
    auto id = [](const Project& p) { return p.id.value; };
    auto name = [](const Project& p) { return p.name.value; };
    const Matching m = match(a_.projects, b_.projects, id, name);
    const auto& renamed = m.renamed;
    const Listings la = listings_of(a_), lb = listings_of(b_);

    for (size_t i = 0; i < b_.projects.size(); ++i) {
      const Project& q = b_.projects[i];
      if (b_.find_project(q.id.value) != static_cast<int>(i)) continue;  // a duplicate id: duplicate-id's business
      const size_t order = 2 * i + 1;
      std::string old_id = q.id.value;
      if (auto it = renamed.find(q.id.value); it != renamed.end()) {
        old_id = it->second;
        Change& c = add(DiffGroup::project, ChangeKind::renamed, "project", q.id.value, order);
        c.old_id = old_id;
        c.name = q.name.value;
        c.path = path_of(q);
      }
      int pi = a_.find_project(old_id);
      if (pi < 0) {
        Change& c = add(DiffGroup::project, ChangeKind::added, "project", q.id.value, order);
        c.name = q.name.value;
        c.path = path_of(q);
        c.new_value = show_amount(q.budget);
        c.new_number = amount_number(q.budget);
        c.detail = q.previous.amount ? "previous " + show_amount(q.previous) : "";
        continue;
      }
      const Project& p = a_.projects[static_cast<size_t>(pi)];
      const std::string path = path_of(q);
      text_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "name", path + ".name", p.name.value,
                 q.name.value);
      amount_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "budget", path + ".budget",
                   p.budget, q.budget);
      amount_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "previous", path + ".previous",
                   p.previous, q.previous);
      text_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "category", path + ".category",
                 category_name(p.category), category_name(q.category));
      text_list(DiffGroup::project, "project", q.id.value, q.name.value, order, "summary", path + ".summary",
                texts(p.summary), texts(q.summary));
      text_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "note", path + ".note", p.note, q.note);
      listings(p, q, la, lb, order);
    }
    // Removed projects, placed after the last project that precedes them in the old file.
    each_removed(a_.projects, m, id, [&](const Project& p, size_t order) {
      Change& c = add(DiffGroup::project, ChangeKind::removed, "project", p.id.value, order);
      c.name = p.name.value;
      c.path = path_of(p);
      c.old_value = show_amount(p.budget);
      c.old_number = amount_number(p.budget);
    });
  }

  // Listings of a project that moved between sections, appeared, disappeared,
  // or changed the figures they state.
  void listings(const Project& p, const Project& q, const Listings& la, const Listings& lb, size_t order) {
    static const std::vector<std::pair<std::string, const Listing*>> kNone;
    auto ia = la.find(p.id.value);
    auto ib = lb.find(q.id.value);
    const auto& xa = ia == la.end() ? kNone : ia->second;
    const auto& xb = ib == lb.end() ? kNone : ib->second;
    std::vector<std::string> gone, came;
    auto lists = [](const auto& x, const std::string& section) {
      return std::any_of(x.begin(), x.end(), [&](const auto& e) { return e.first == section; });
    };
    for (const auto& entry : xa)
      if (!lists(xb, entry.first)) gone.push_back(entry.first);
    for (const auto& entry : xb)
      if (!lists(xa, entry.first)) came.push_back(entry.first);
    if (!gone.empty() || !came.empty()) {
      Change& c = add(DiffGroup::project, !gone.empty() && !came.empty() ? ChangeKind::moved : ChangeKind::changed,
                      "project", q.id.value, order);
      c.name = q.name.value;
      c.field = "listing";
      c.path = path_of(q);
      c.old_value = fmt::format("{}", fmt::join(gone, ", "));
      c.new_value = fmt::format("{}", fmt::join(came, ", "));
    }
    // Listings of the project in one section pair up in order: the k-th old
    // one with the k-th new one (a section may list a project twice).
    std::unordered_map<std::string, size_t> seen_b;
    for (const auto& [s, l] : xb) {
      size_t k = seen_b[s]++;
      auto it = xa.begin();
      for (size_t j = 0; it != xa.end(); ++it)
        if (it->first == s && j++ == k) break;
      if (it == xa.end()) continue;
      const Listing& old_l = *it->second;
      std::string base = l->path.empty() ? "section." + s + ".projects." + q.id.value : l->path;  // by index where the project repeats
      amount_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " budget",
                   base + ".budget", old_l.budget, l->budget);
      amount_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " previous",
                   base + ".previous", old_l.previous, l->previous);
      if (old_l.partial != l->partial)
        changed(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " partial",
                base + ".partial", old_l.partial ? "true" : "false", l->partial ? "true" : "false");
      if (old_l.relisted != l->relisted)
        changed(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " relisted",
                base + ".relisted", old_l.relisted ? "true" : "false", l->relisted ? "true" : "false");
      text_field(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " note",
                 base + ".note", old_l.note, l->note);
      text_list(DiffGroup::project, "project", q.id.value, q.name.value, order, "listing " + s + " summary",
                base + ".summary", texts(old_l.summary), texts(l->summary));
    }
  }

  void totals() {
    BudgetSum x = project_sum(a_), y = project_sum(b_);
    r_.old_total = x.money();
    r_.new_total = y.money();
    // A total that is unknown or overflows is shown as such, never as a
    // number, and has no difference; two unknown totals are no change.
    auto show = [](const Figure& f) -> std::string {
      if (f.known()) return group_thousands(f.value);
      return f.overflow() ? tr("(overflow)") : tr("(unknown)");
    };
    auto one = [&](const char* field, const Figure& a, const Figure& b, size_t order) {
      if (a == b || (!a.known() && !b.known())) return;
      Change& c = changed(DiffGroup::total, "total", "", "", order, field, "", show(a), show(b));
      if (a.known()) c.old_number = static_cast<double>(a.value);
      if (b.known()) c.new_number = static_cast<double>(b.value);
    };
    one("budget", x.budget, y.budget, 0);
    one("previous", x.previous, y.previous, 1);
  }

  std::string value_text(const Point& p) {
    if (p.value) return format_number(p.value->value);
    return p.invalid ? "(unreadable)" : "open";
  }

  // Two year → value maps (targets, actuals), matched by year.
  void year_values(const Indicator& y, size_t order, const std::string& what,
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

  // A goal's one target: its year and its value, each compared by value.
  void goal_target(const Indicator& y, size_t order, const std::optional<Point>& a, const std::optional<Point>& b) {
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

  std::string baseline_text(const Indicator& i) {
    if (!i.has_baseline) return "";
    std::string v = value_text(i.baseline);
    return i.baseline.year ? year_label(*i.baseline.year, o_.era) + " " + v : v;
  }

  void indicators() {
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

  std::string parent_id(const Plan& p, const Section& s) {
    return s.parent < 0 ? std::string("(top)") : p.sections[static_cast<size_t>(s.parent)].id.value;
  }

  void sections() {
    auto id = [](const Section& s) { return s.id.value; };
    auto name = [](const Section& s) { return s.title.value; };
    const Matching m = match(a_.sections, b_.sections, id, name);
    const auto& renamed = m.renamed;
    // A parent that was renamed is the same parent: compare parents by their old ids.
    std::unordered_map<std::string, std::string> old_of;  // new id → old id
    for (const auto& s : b_.sections) old_of[s.id.value] = s.id.value;
    for (const auto& [n, o] : renamed) old_of[n] = o;

    for (size_t i = 0; i < b_.sections.size(); ++i) {
      const Section& t = b_.sections[i];
      if (b_.find_section(t.id.value) != static_cast<int>(i)) continue;
      const size_t order = 2 * i + 1;
      std::string old_id = old_of[t.id.value];
      if (old_id != t.id.value) {
        Change& c = add(DiffGroup::section, ChangeKind::renamed, "section", t.id.value, order);
        c.old_id = old_id;
        c.name = t.title.value;
        c.path = path_of(t);
      }
      int si = a_.find_section(old_id);
      if (si < 0) {
        Change& c = add(DiffGroup::section, ChangeKind::added, "section", t.id.value, order);
        c.name = t.title.value;
        c.path = path_of(t);
        c.detail = "under " + parent_id(b_, t);
        continue;
      }
      const Section& s = a_.sections[static_cast<size_t>(si)];
      const std::string path = path_of(t);
      const std::string& nm = t.title.value;
      text_field(DiffGroup::section, "section", t.id.value, nm, order, "title", path + ".title", s.title.value,
                 t.title.value);
      text_field(DiffGroup::section, "section", t.id.value, nm, order, "label", path + ".label", s.label, t.label);
      text_field(DiffGroup::section, "section", t.id.value, nm, order, "ref", path + ".ref", s.ref, t.ref);
      std::string pa = parent_id(a_, s), pb = t.parent < 0 ? "(top)" : old_of[parent_id(b_, t)];
      if (pa != pb) {
        Change& c = add(DiffGroup::section, ChangeKind::moved, "section", t.id.value, order);
        c.name = nm;
        c.field = "parent";
        c.path = path;
        c.old_value = pa;
        c.new_value = parent_id(b_, t);
      }
      AmountField none;
      amount_field(DiffGroup::section, "section", t.id.value, nm, order, "total.budget", path + ".total.budget",
                   s.total ? s.total->budget : none, t.total ? t.total->budget : none);
      amount_field(DiffGroup::section, "section", t.id.value, nm, order, "total.previous", path + ".total.previous",
                   s.total ? s.total->previous : none, t.total ? t.total->previous : none);
      text_list(DiffGroup::section, "section", t.id.value, nm, order, "issues", path + ".issues", texts(s.issues),
                texts(t.issues));
      text_list(DiffGroup::section, "section", t.id.value, nm, order, "responses", path + ".responses",
                texts(s.responses), texts(t.responses));
      text_list(DiffGroup::section, "section", t.id.value, nm, order, "items", path + ".items", texts(s.items),
                texts(t.items));
      text_list(DiffGroup::section, "section", t.id.value, nm, order, "regions", path + ".regions", s.regions,
                t.regions);
      text_field(DiffGroup::section, "section", t.id.value, nm, order, "note", path + ".note", s.note, t.note);
    }
    each_removed(a_.sections, m, id, [&](const Section& x, size_t order) {
      Change& c = add(DiffGroup::section, ChangeKind::removed, "section", x.id.value, order);
      c.name = x.title.value;
      c.path = path_of(x);
    });
  }

  const Plan& a_;
  const Plan& b_;
  const DiffOptions& o_;
  DiffResult& r_;
};

}  // namespace

DiffResult diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& opts) {
  DiffResult r;
  Differ(old_plan, new_plan, opts, r).run();
  return r;
}

}  // namespace yplan

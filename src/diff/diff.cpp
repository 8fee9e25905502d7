// Comparing two plans by id (rendering is in render/diff.cpp): the driver,
// what every kind of entity compares with (text, amounts, lists of text),
// the plan's own fields and the department totals. Which file compares
// which kind: diff/differ.hpp.
#include "yplan/diff.hpp"

#include "diff/differ.hpp"

namespace yplan {

namespace differ {

namespace {

bool same_amount(const AmountField& a, const AmountField& b) {
  return a.amount.has_value() == b.amount.has_value() && (!a.amount || a.amount->value == b.amount->value) &&
         a.invalid == b.invalid;
}

}  // namespace

std::string show_amount(const AmountField& f) {
  if (f.amount) return group_thousands(f.amount->value);
  return f.invalid ? "(unreadable)" : "";
}

std::optional<double> amount_number(const AmountField& f) {
  if (f.amount) return static_cast<double>(f.amount->value);
  return std::nullopt;
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

void Differ::run() {
  plan_meta();
  projects();
  totals();
  indicators();
  sections();
  std::stable_sort(r_.changes.begin(), r_.changes.end(), [](const Change& x, const Change& y) {
    return std::tie(x.group, x.order) < std::tie(y.group, y.order);
  });
}

Change& Differ::add(DiffGroup g, ChangeKind k, std::string thing, std::string id, size_t order) {
  Change c;
  c.group = g;
  c.kind = k;
  c.thing = std::move(thing);
  c.id = std::move(id);
  c.order = order;
  r_.changes.push_back(std::move(c));
  return r_.changes.back();
}

Change& Differ::changed(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
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

void Differ::text_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                        size_t order, const std::string& field, const std::string& path, const std::string& a,
                        const std::string& b) {
  if (a != b) changed(g, thing, id, name, order, field, path, a, b);
}

void Differ::amount_field(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
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

void Differ::text_list(DiffGroup g, const std::string& thing, const std::string& id, const std::string& name,
                       size_t order, const std::string& field, const std::string& path,
                       const std::vector<std::string>& a, const std::vector<std::string>& b) {
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

void Differ::plan_meta() {
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

void Differ::totals() {
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

}  // namespace differ

DiffResult diff_plans(const Plan& old_plan, const Plan& new_plan, const DiffOptions& opts) {
  DiffResult r;
  differ::Differ(old_plan, new_plan, opts, r).run();
  return r;
}

}  // namespace yplan

// Comparing two plans: their projects (matched by id, renames by name) and
// the sections' listings of each project.
#include "diff/differ.hpp"

namespace yplan::differ {

Differ::Listings Differ::listings_of(const Plan& p) {
  Listings out;
  for (const auto& s : p.sections)
    for (const auto& l : s.listings) out[l.project.value].emplace_back(s.id.value, &l);
  return out;
}

void Differ::projects() {
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

void Differ::listings(const Project& p, const Project& q, const Listings& la, const Listings& lb, size_t order) {
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

}  // namespace yplan::differ

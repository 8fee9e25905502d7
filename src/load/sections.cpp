// Loading a plan: its projects, and the tree of sections that list them
// (a listing names a project and may state the section's own figures).
#include "load/loader_parts.hpp"

namespace yplan::loader {

void Loader::read_project(uint32_t idx, size_t i) {
  Project p;
  std::string path = fmt::format("projects.{}", i);
  if (auto pid = peek_id(idx); pathable(pid) && seen_ids_[0].insert(pid).second) path = "project." + pid;
  p.path = path;
  Fields f;
  if (!fields(idx, path, keys::project, f, tr_noop("a project"))) {
    plan_.projects_unknown = true;  // not a project: what it would add is unknown
    return;
  }
  p.pos = f.pos;
  id(f, path, p.id, tr_noop("a project"));
  require_all(f, "project", path, tr_noop("a project"));
  text(f, "name", path, p.name);
  amount(f, "budget", path, p.budget);
  if (!p.budget.stated) p.budget.invalid = true;  // required and missing (schema said so): unknown, not 0
  amount(f, "previous", path, p.previous);
  enumeration<Category>(f, "project", "category", path,
                        {{"new", Category::new_}, {"revised", Category::revised}, {"continuing", Category::continuing}},
                        p.category, p.category_pos);
  p.summary = text_list(f, "summary", path);
  text(f, "note", path, p.note);
  // Without an id (missing, misspelt or unreadable: schema said so) it is still
  // defined and counts; it is named by position (Project::label).
  if (p.id.value.empty()) {
    if (p.path.rfind("projects.", 0) != 0) p.path = fmt::format("projects.{}", i);
  }
  plan_.projects.push_back(std::move(p));
}

void Loader::read_listing(uint32_t idx, Section& s, const std::string& spath, size_t i) {
  Listing l;
  const Node& n = node(idx);
  l.pos = n.pos;
  std::string path = fmt::format("{}.projects.{}", spath, i);
  // By its project where that names it (the first listing of the project in this section), else by index.
  auto by_project = [&](const std::string& id) {
    for (const auto& other : s.listings)
      if (other.project.value == id) return;
    l.path = spath + ".projects." + id;
  };
  l.path = path;
  if (n.kind == Kind::scalar) {
    l.project = Text{n.text, n.pos};
    by_project(n.text);
    s.listings.push_back(std::move(l));
    return;
  }
  // Not a listing, or no readable `project` (schema said so): it is kept, as
  // a listing of an unknown project, so that no sum leaves it out unseen.
  Fields f;
  if (!fields(idx, path, keys::listing, f, tr_noop("a project listing (an id or {project, budget, previous, partial})"))) {
    l.project_unknown = true;
    s.listings.push_back(std::move(l));
    return;
  }
  if (!text(f, "project", path, l.project)) {
    require_all(f, "listing", path, tr_noop("a project listing"));
    l.project = Text{};
    l.project_unknown = true;
  } else {
    by_project(l.project.value);
    path = l.path;
  }
  amount(f, "budget", path, l.budget);
  amount(f, "previous", path, l.previous);
  auto partial = boolean(f, "partial", path);
  l.partial = partial.value_or(false);
  // Misspelt, or neither true nor false (schema said so): whole or part is unknown.
  l.partial_unknown = f.was_misspelt("partial") ||
                      (!partial && f.find("partial") && node(f.find("partial")->value).kind != Kind::null);
  l.relisted = boolean(f, "relisted", path).value_or(false);
  l.summary = text_list(f, "summary", path);
  text(f, "note", path, l.note);
  s.listings.push_back(std::move(l));
}

void Loader::read_section(uint32_t idx, int parent, int depth, size_t i) {
  std::string path = parent < 0 ? fmt::format("sections.{}", i)
                                : fmt::format("{}.sections.{}", path_of(plan_.sections[static_cast<size_t>(parent)]), i);
  if (auto sid = peek_id(idx); pathable(sid) && seen_ids_[1].insert(sid).second) path = "section." + sid;
  Fields f;
  if (!fields(idx, path, keys::section, f, tr_noop("a section"))) {
    // Not a section: what it would list is unknown to the sections above it.
    if (parent >= 0) plan_.sections[static_cast<size_t>(parent)].listings_unknown = true;
    return;
  }
  int me = static_cast<int>(plan_.sections.size());
  plan_.sections.emplace_back();
  {
    Section& s = plan_.sections.back();
    s.parent = parent;
    s.depth = depth;
    s.path = path;
    s.pos = f.pos;
    id(f, path, s.id, tr_noop("a section"));
    require_all(f, "section", path, tr_noop("a section"));
    text(f, "label", path, s.label);
    text(f, "outline_label", path, s.outline_label);
    text(f, "title", path, s.title);
    text(f, "ref", path, s.ref);
    text(f, "note", path, s.note);
    s.issues = text_list(f, "issues", path);
    s.responses = text_list(f, "responses", path);
    s.items = text_list(f, "items", path);
    for (auto& t : text_list(f, "regions", path)) s.regions.push_back(std::move(t.value));
    s.total = total(f, path);
  }
  if (parent >= 0) plan_.sections[static_cast<size_t>(parent)].children.push_back(me);
  // `plan_.sections` may grow below: index, never hold a reference across calls.
  auto sec = [&]() -> Section& { return plan_.sections[static_cast<size_t>(me)]; };
  each_item(f, "goals", path, [&](uint32_t item, size_t j) { read_indicator(item, IndicatorKind::goal, me, j, path); });
  each_item(f, "kpis", path, [&](uint32_t item, size_t j) { read_indicator(item, IndicatorKind::kpi, me, j, path); });
  if (!each_item(f, "projects", path, [&](uint32_t item, size_t j) { read_listing(item, sec(), path, j); }))
    sec().listings_unknown = true;
  if (!each_item(f, "sections", path, [&](uint32_t item, size_t j) { read_section(item, me, depth + 1, j); }))
    sec().listings_unknown = true;
}

}  // namespace yplan::loader

// Comparing two plans: their sections (matched by id, renames by title),
// a section that moved to another parent, and its totals and texts.
#include "diff/differ.hpp"

namespace yplan::differ {

std::string Differ::parent_id(const Plan& p, const Section& s) {
  return s.parent < 0 ? std::string("(top)") : p.sections[static_cast<size_t>(s.parent)].id.value;
}

void Differ::sections() {
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

}  // namespace yplan::differ

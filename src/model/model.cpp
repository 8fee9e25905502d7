#include "yplan/model.hpp"

namespace yplan {

const char* category_name(Category c) {
  switch (c) {
    case Category::new_: return "new";
    case Category::revised: return "revised";
    case Category::continuing: return "continuing";
    case Category::none: return "";
  }
  return "";
}

const char* direction_name(Direction d) {
  switch (d) {
    case Direction::increase: return "increase";
    case Direction::decrease: return "decrease";
    case Direction::maintain: return "maintain";
  }
  return "";
}

const char* status_name(Status s) { return s == Status::draft ? "draft" : "final"; }

static int lookup(const std::unordered_map<std::string, int>& m, std::string_view id) {
  auto it = m.find(std::string(id));
  return it == m.end() ? -1 : it->second;
}

int Plan::find_project(std::string_view id) const { return lookup(project_index_, id); }
int Plan::find_section(std::string_view id) const { return lookup(section_index_, id); }
int Plan::find_indicator(std::string_view id) const { return lookup(indicator_index_, id); }

void Plan::build_index() {
  project_index_.clear();
  section_index_.clear();
  indicator_index_.clear();
  // emplace keeps the first definition of a repeated id (duplicate-id reports the rest).
  // An absent id names nothing: "" is never found.
  for (size_t i = 0; i < projects.size(); ++i)
    if (!projects[i].id.value.empty()) project_index_.emplace(projects[i].id.value, static_cast<int>(i));
  for (size_t i = 0; i < sections.size(); ++i)
    if (!sections[i].id.value.empty()) section_index_.emplace(sections[i].id.value, static_cast<int>(i));
  for (size_t i = 0; i < indicators.size(); ++i)
    if (!indicators[i].id.value.empty()) indicator_index_.emplace(indicators[i].id.value, static_cast<int>(i));
}

std::string path_of(const Project& p) { return !p.path.empty() ? p.path : "project." + p.id.value; }
std::string path_of(const Section& s) { return !s.path.empty() ? s.path : "section." + s.id.value; }
std::string path_of(const Indicator& i) {
  if (!i.path.empty()) return i.path;
  if (i.id.value.empty()) return i.where;  // no id: by position
  return std::string(i.kind_name()) + "." + i.id.value;
}
std::string path_of(const Section& s, const Listing& l) {
  return !l.path.empty() ? l.path : path_of(s) + ".projects." + l.project.value;
}

}  // namespace yplan

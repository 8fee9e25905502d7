// unlisted-project: a project that no section lists.
#include <unordered_set>

#include "util.hpp"

namespace yplan {

void check_unlisted_project(const Plan& plan, Sink& sink) {
  std::unordered_set<std::string_view> listed;
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings) listed.insert(l.project.value);
  for (const auto& p : plan.projects) {
    if (!listed.count(p.id.value))
      sink.warning("unlisted-project", p.id.pos, path_of(p),
                   trf("project `{}` is defined but no section lists it", p.id.value));
  }
}

}  // namespace yplan

// unlisted-project: a project that no section lists.
#include <unordered_set>

#include "util.hpp"

namespace yplan {

void check_unlisted_project(const Plan& plan, Sink& sink) {
  std::unordered_set<std::string_view> listed;
  for (const auto& s : plan.sections) {
    // A listing whose project is unknown may list any of them (schema said so).
    if (s.listings_unknown) return;
    for (const auto& l : s.listings) {
      if (l.project_unknown) return;
      listed.insert(l.project.value);
    }
  }
  for (const auto& p : plan.projects) {
    // No id: it cannot be listed, and schema has said why.
    if (!p.id.value.empty() && !listed.count(p.id.value))
      sink.warning("unlisted-project", p.id.pos, path_of(p),
                   trf("project `{}` is defined but no section lists it", p.id.value));
  }
}

}  // namespace yplan

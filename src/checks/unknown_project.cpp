// unknown-project: a listing names a project that is not defined.
#include "util.hpp"
#include "yplan/text.hpp"

namespace yplan {

void check_unknown_project(const Plan& plan, Sink& sink) {
  std::vector<std::string> ids;
  for (const auto& s : plan.sections) {
    for (const auto& l : s.listings) {
      if (l.project_unknown || plan.find_project(l.project.value) >= 0) continue;  // unknown: schema said so
      if (ids.empty())
        for (const auto& p : plan.projects) ids.push_back(p.id.value);
      std::string near = nearest(l.project.value, ids);
      sink.error("unknown-project", l.project.pos, path_of(s, l),
                 near.empty()
                     ? trf("section {} lists project `{}`, which is not defined under `projects:`", s.id.value,
                           l.project.value)
                     : trf("section {} lists project `{}`, which is not defined under `projects:`; did you mean `{}`?",
                           s.id.value, l.project.value, near));
    }
  }
}

}  // namespace yplan

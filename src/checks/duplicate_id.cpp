// duplicate-id: an id repeats within its kind. KPIs and goals share one namespace.
#include <unordered_map>

#include "util.hpp"

namespace yplan {

namespace {
struct First {
  uint32_t line;
  const char* kind;
};
// The kinds as messages name them ("project", "section", "KPI", "goal").
const char* kind_word(const char* kind) {
  std::string_view k = kind;
  if (k == "project") return tr("project");
  if (k == "section") return tr("section");
  if (k == "KPI") return tr("KPI");
  if (k == "goal") return tr("goal");
  return kind;
}
void report(Sink& sink, const char* kind, const Text& id, const std::string& path, const First& first) {
  sink.error("duplicate-id", id.pos, path,
             trf("{} id `{}` is already used by the {} at line {}", kind_word(kind), id.value, kind_word(first.kind),
                 first.line));
}
}  // namespace

void check_duplicate_id(const Plan& plan, Sink& sink) {
  std::unordered_map<std::string_view, First> seen;
  // An absent id (schema said so) is never a duplicate: the thing is named by position.
  for (const auto& p : plan.projects) {
    if (p.id.value.empty()) continue;
    auto [it, fresh] = seen.emplace(p.id.value, First{p.id.pos.line, "project"});
    if (!fresh) report(sink, "project", p.id, path_of(p), it->second);
  }
  seen.clear();
  for (const auto& s : plan.sections) {
    if (s.id.value.empty()) continue;
    auto [it, fresh] = seen.emplace(s.id.value, First{s.id.pos.line, "section"});
    if (!fresh) report(sink, "section", s.id, path_of(s), it->second);
  }
  seen.clear();
  for (const auto& i : plan.indicators) {
    if (i.id.value.empty()) continue;  // no id (schema said so): named by position, never a duplicate
    auto [it, fresh] = seen.emplace(i.id.value, First{i.id.pos.line, i.kind_label()});
    if (!fresh) report(sink, i.kind_label(), i.id, path_of(i), it->second);
  }
}

}  // namespace yplan

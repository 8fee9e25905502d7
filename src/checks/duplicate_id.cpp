// duplicate-id: an id repeats within its kind. KPIs and goals share one namespace.
#include <unordered_map>

#include "util.hpp"

namespace yplan {

namespace {
void report(Sink& sink, const char* kind, const Text& id, const std::string& path, uint32_t first_line) {
  sink.error("duplicate-id", id.pos, path,
             fmt::format("{} id `{}` is already used at line {}", kind, id.value, first_line));
}
}  // namespace

void check_duplicate_id(const Plan& plan, Sink& sink) {
  std::unordered_map<std::string_view, uint32_t> seen;
  for (const auto& p : plan.projects) {
    auto [it, fresh] = seen.emplace(p.id.value, p.id.pos.line);
    if (!fresh) report(sink, "project", p.id, path_of(p), it->second);
  }
  seen.clear();
  for (const auto& s : plan.sections) {
    auto [it, fresh] = seen.emplace(s.id.value, s.id.pos.line);
    if (!fresh) report(sink, "section", s.id, path_of(s), it->second);
  }
  seen.clear();
  for (const auto& i : plan.indicators) {
    auto [it, fresh] = seen.emplace(i.id.value, i.id.pos.line);
    if (!fresh) report(sink, i.kind == IndicatorKind::kpi ? "KPI" : "goal", i.id, path_of(i), it->second);
  }
}

}  // namespace yplan

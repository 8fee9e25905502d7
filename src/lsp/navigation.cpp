// Go to definition, find references, rename, and the outline.
#include <fmt/format.h>

#include "features.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan::lsp {

using Entity = Analysis::Entity;

namespace {

const Analysis::Occurrence* definition_of(const Analysis& a, Entity kind, const std::string& id) {
  for (const auto& o : a.occurrences())
    if (o.definition && o.kind == kind && o.id == id) return &o;
  return nullptr;
}

// KPIs and goals share one id space (plan-format "IDS").
bool same_space(Entity a, Entity b) {
  auto indicator = [](Entity e) { return e == Entity::kpi || e == Entity::goal; };
  return a == b || (indicator(a) && indicator(b));
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (unsigned char c : id)
    if (c < 0x20 || c == 0x7F || c == ' ') return false;
  return true;
}

}  // namespace

std::optional<Span> definition(const Analysis& a, size_t offset) {
  const auto* o = a.occurrence_at(offset);
  if (!o) return std::nullopt;
  if (o->definition) return o->span;
  if (const auto* d = definition_of(a, o->kind, o->id)) return d->span;
  return std::nullopt;
}

std::vector<Span> references(const Analysis& a, size_t offset, bool include_declaration) {
  std::vector<Span> out;
  const auto* o = a.occurrence_at(offset);
  if (!o) return out;
  for (const auto& x : a.occurrences())
    if (x.kind == o->kind && x.id == o->id && (include_declaration || !x.definition)) out.push_back(x.span);
  return out;
}

namespace {

// Why the id of `o` cannot be renamed in place: one of its occurrences is
// not written as it reads. Empty when every one is.
std::string not_in_place(const Analysis& a, const Analysis::Occurrence& o) {
  for (const auto& x : a.occurrences())
    if (x.kind == o.kind && x.id == o.id && !x.exact)
      return trf("the id `{}` at line {} is not written as it reads (an escape, an alias, or a fold over lines); "
                 "write it plainly, or rename it by hand",
                 x.id, a.source().pos_at_offset(x.span.begin).line);
  return {};
}

// The new id as the text of an occurrence written in `style`: plain (quoted
// when YAML would read it as something else than a string), between the
// same quotes, or as a block scalar's content line (always a string).
std::string written(const std::string& id, Analysis::Style style) {
  std::string out;
  switch (style) {
    case Analysis::Style::plain: return yaml_string(id, true);  // quoting for a flow context is always safe
    case Analysis::Style::block: return id;
    case Analysis::Style::single_quoted:
      for (char c : id) out += c == '\'' ? std::string("''") : std::string(1, c);
      return out;
    case Analysis::Style::double_quoted:
      for (char c : id) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
      }
      return out;
  }
  return id;
}

}  // namespace

std::optional<Span> prepare_rename(const Analysis& a, size_t offset, std::string* why) {
  const auto* o = a.occurrence_at(offset);
  if (!o) return std::nullopt;
  if (std::string w = not_in_place(a, *o); !w.empty()) {
    if (why) *why = std::move(w);
    return std::nullopt;
  }
  return o->span;
}

RenameResult rename(const Analysis& a, size_t offset, const std::string& new_id) {
  RenameResult r;
  const auto* o = a.occurrence_at(offset);
  if (!o) {
    r.error = tr("there is no project, section, KPI or goal id here to rename");
    return r;
  }
  if (!valid_id(new_id)) {
    r.error = trf("`{}` cannot be an id: it must be non-empty, without spaces or control characters", new_id);
    return r;
  }
  if (new_id == o->id) return r;
  for (const auto& x : a.occurrences())
    if (x.definition && same_space(x.kind, o->kind) && x.id == new_id) {
      r.error = trf("the id `{}` is already defined at line {}", new_id, a.source().pos_at_offset(x.span.begin).line);
      return r;
    }
  if (r.error = not_in_place(a, *o); !r.error.empty()) return r;
  for (const auto& x : a.occurrences())
    if (x.kind == o->kind && x.id == o->id) r.edits.push_back({x.span, written(new_id, x.style)});
  return r;
}

namespace {

Symbol indicator_symbol(const Analysis& a, const Indicator& ind) {
  Symbol s;
  s.name = ind.name.value.empty() ? ind.id.value : ind.name.value;
  s.detail = fmt::format("{} {}", ind.kind_label(), ind.id.value);
  s.kind = ind.kind == IndicatorKind::kpi ? SymbolKind::kpi : SymbolKind::goal;
  s.selection = a.span_at(ind.id.pos);
  s.range = a.outer_span_at(ind.pos);
  if (!s.range.contains(s.selection.begin)) s.range = s.selection;
  return s;
}

Symbol section_symbol(const Analysis& a, int index) {
  const Plan& plan = a.plan();
  const Section& sec = plan.sections[static_cast<size_t>(index)];
  Symbol s;
  std::string label = sec.label.empty() ? "" : sec.label + " ";
  s.name = label + (sec.title.value.empty() ? sec.id.value : sec.title.value);
  s.detail = sec.id.value;
  s.kind = SymbolKind::section;
  s.selection = a.span_at(sec.id.pos);
  s.range = a.outer_span_at(sec.pos);
  if (!s.range.contains(s.selection.begin)) s.range = s.selection;
  for (int i : sec.indicators) s.children.push_back(indicator_symbol(a, plan.indicators[static_cast<size_t>(i)]));
  for (const auto& l : sec.listings) {
    Symbol ls;
    int pi = plan.find_project(l.project.value);
    ls.name = pi >= 0 && !plan.projects[static_cast<size_t>(pi)].name.value.empty()
                  ? plan.projects[static_cast<size_t>(pi)].name.value
                  : l.project.value;
    ls.detail = l.project.value;
    ls.kind = SymbolKind::listing;
    ls.selection = a.span_at(l.project.pos);
    ls.range = a.outer_span_at(l.pos);
    if (!ls.range.contains(ls.selection.begin)) ls.range = ls.selection;
    s.children.push_back(std::move(ls));
  }
  for (int c : sec.children) s.children.push_back(section_symbol(a, c));
  return s;
}

}  // namespace

std::vector<Symbol> symbols(const Analysis& a) {
  std::vector<Symbol> out;
  const Plan& plan = a.plan();
  if (!a.parsed()) return out;
  for (int r : plan.roots) out.push_back(section_symbol(a, r));
  if (!plan.projects.empty()) {
    Symbol g;
    g.name = "projects";
    g.detail = ntr("{} project", "{} projects", plan.projects.size());
    g.detail = fmt::format(fmt::runtime(g.detail), plan.projects.size());
    g.kind = SymbolKind::group;
    for (const auto& p : plan.projects) {
      Symbol s;
      s.name = p.name.value.empty() ? p.id.value : p.name.value;
      s.detail = p.budget.has() ? fmt::format("{} ({})", p.id.value, group_thousands(p.budget.amount->value)) : p.id.value;
      s.kind = SymbolKind::project;
      s.selection = a.span_at(p.id.pos);
      s.range = a.outer_span_at(p.pos);
      if (!s.range.contains(s.selection.begin)) s.range = s.selection;
      g.children.push_back(std::move(s));
    }
    g.range = {g.children.front().range.begin, g.children.back().range.end};
    g.selection = g.children.front().selection;
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace yplan::lsp

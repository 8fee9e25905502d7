// One version of a document analysed: the tree, the model, the findings, and
// where an offset stands in them.
#include <algorithm>

#include "features.hpp"
#include "yplan/checks.hpp"
#include "yplan/loader.hpp"

namespace yplan::lsp {

using yaml::Kind;
using yaml::Node;

const std::vector<std::string_view>& keys_of(MapKind k) {
  static const std::vector<std::string_view> none;
  switch (k) {
    case MapKind::top: return keys::top;
    case MapKind::plan: return keys::plan;
    case MapKind::total: return keys::total;
    case MapKind::project: return keys::project;
    case MapKind::section: return keys::section;
    case MapKind::listing: return keys::listing;
    case MapKind::kpi: return keys::kpi;
    case MapKind::goal: return keys::goal;
    case MapKind::baseline: return keys::baseline;
    case MapKind::target: return keys::target;
    case MapKind::goal_target: return keys::goal_target;
    case MapKind::none:
    case MapKind::years: return none;
  }
  return none;
}

Analysis::Analysis(std::string path, std::string text, const std::function<bool()>& abandon) {
  auto stop = [&] { return abandon && (abandoned_ = abandon()); };
  src_.path = std::move(path);
  src_.text = std::move(text);
  src_.index_lines();
  Sink sink(src_.path);
  std::string error;
  SourceFile copy = src_;
  parsed_ = doc_.open(std::move(copy), error);
  if (stop()) return;
  if (parsed_) {
    load_plan(src_, doc_.tree(), plan_, sink);
    if (stop()) return;
    run_checks(plan_, sink);
  } else if (load_plan(src_, plan_, sink)) {
    if (stop()) return;
    run_checks(plan_, sink);  // YAML, but not a mapping at the top: the loader says so
  }
  if (stop()) return;
  diags_ = std::move(sink.diagnostics());
  fill_help(diags_);  // the same hints validate prints (yplan-plan(5), per check)
  sort_diagnostics(diags_);
  fill_ends(src_, parsed_ ? &doc_ : nullptr, diags_);
}

Span Analysis::span_of(uint32_t node) const {
  const yaml::Document& d = doc_.tree();
  if (spans_.size() != d.nodes.size()) spans_.assign(d.nodes.size(), Span{SIZE_MAX, 0});
  if (node >= spans_.size()) return node_span(doc_, node);
  if (spans_[node].begin != SIZE_MAX) return spans_[node];
  const Node& n = d.node(node);
  Span s;
  if ((n.kind == Kind::map || n.kind == Kind::sequence) && !n.flow) {
    // As node_span: from its first byte to the end of its last descendant,
    // or to its line's end when it has none.
    const std::string& t = src_.text;
    size_t b = std::min<size_t>(n.pos.offset, t.size()), e = b;
    for (uint32_t c : n.children) e = std::max(e, span_of(c).end);
    if (e == b)
      while (e < t.size() && t[e] != '\n' && t[e] != '\r') ++e;
    s = {b, e};
  } else {
    s = node_span(doc_, node);
  }
  return spans_[node] = s;
}

Span Analysis::span_at(const Pos& p) const {
  size_t b = std::min<size_t>(p.offset, src_.text.size());
  if (parsed_) {
    if (!starts_) starts_.emplace(doc_);
    auto nodes = starts_->at(b);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
      if (Span s = span_of(*it); s.end > s.begin) return s;
  }
  size_t e = b;
  while (e < src_.text.size() && src_.text[e] != '\n' && src_.text[e] != '\r') ++e;
  return {b, e};
}

Span Analysis::outer_span_at(const Pos& p) const {
  size_t b = std::min<size_t>(p.offset, src_.text.size());
  if (parsed_) {
    if (!starts_) starts_.emplace(doc_);
    for (uint32_t n : starts_->at(b))
      if (Span s = span_of(n); s.end > s.begin) return s;
  }
  return span_at(p);
}

namespace {

// The id's own text inside the node span `s` of a scalar that reads as `id`
// (Occurrence::span). False when the text is not the id as written.
bool own_text(const std::string& t, Span s, const std::string& id, Span& out, Analysis::Style& style) {
  using Style = Analysis::Style;
  if (s.begin >= t.size()) return false;
  const char c = t[s.begin];
  if (c == '"' || c == '\'') {
    style = c == '"' ? Style::double_quoted : Style::single_quoted;
    if (s.end < s.begin + 2 || t[s.end - 1] != c) return false;
    std::string_view inner(t.data() + s.begin + 1, s.end - s.begin - 2);
    // No escape (\ in double quotes, '' in single ones) and no fold: the text is the id.
    if (inner != id) return false;
    out = {s.begin + 1, s.end - 1};
    return true;
  }
  if (c == '|' || c == '>') {
    style = Style::block;
    std::string_view want = id;
    while (!want.empty() && want.back() == '\n') want.remove_suffix(1);  // clip or keep chomping
    if (want.empty() || want.find('\n') != std::string_view::npos) return false;
    size_t p = t.find('\n', s.begin);  // the header line (`>-`, perhaps a comment) ends
    if (p == std::string::npos) return false;
    for (;;) {  // blank lines, then the content line's indentation
      ++p;
      while (p < t.size() && t[p] == ' ') ++p;
      if (p < t.size() && t[p] == '\r') ++p;
      if (p >= t.size() || t[p] != '\n') break;
    }
    if (t.compare(p, want.size(), want) != 0) return false;
    out = {p, p + want.size()};
    return true;
  }
  style = Style::plain;
  if (std::string_view(t.data() + s.begin, s.end - s.begin) != id) return false;  // a fold over lines, an alias
  out = s;
  return true;
}

}  // namespace

const std::vector<Analysis::Occurrence>& Analysis::occurrences() const {
  if (occ_built_) return occ_;
  occ_built_ = true;
  auto add = [&](Entity k, const Text& t, bool def, int section, int index) {
    if (!t.pos.known() || t.value.empty()) return;
    Occurrence o{k, t.value, span_at(t.pos), Style::plain, true, def, section, index};
    Span own;
    if (own_text(src_.text, o.span, o.id, own, o.style)) o.span = own;
    else o.exact = false;
    occ_.push_back(std::move(o));
  };
  for (size_t i = 0; i < plan_.projects.size(); ++i)
    add(Entity::project, plan_.projects[i].id, true, -1, static_cast<int>(i));
  for (size_t i = 0; i < plan_.sections.size(); ++i) {
    add(Entity::section, plan_.sections[i].id, true, -1, static_cast<int>(i));
    for (const auto& l : plan_.sections[i].listings) add(Entity::project, l.project, false, static_cast<int>(i), -1);
  }
  for (size_t i = 0; i < plan_.indicators.size(); ++i) {
    const auto& ind = plan_.indicators[i];
    add(ind.kind == IndicatorKind::kpi ? Entity::kpi : Entity::goal, ind.id, true, ind.section, static_cast<int>(i));
  }
  std::sort(occ_.begin(), occ_.end(), [](const Occurrence& x, const Occurrence& y) { return x.span.begin < y.span.begin; });
  return occ_;
}

const Analysis::Occurrence* Analysis::occurrence_at(size_t offset) const {
  const auto& occ = occurrences();
  auto it = std::upper_bound(occ.begin(), occ.end(), offset,
                             [](size_t off, const Occurrence& o) { return off < o.span.begin; });
  if (it == occ.begin()) return nullptr;
  --it;
  return it->span.touches(offset) ? &*it : nullptr;
}

std::vector<Analysis::Step> Analysis::locate(size_t offset) const {
  std::vector<Step> out;
  if (!parsed_ || doc_.tree().empty) return out;
  const yaml::Document& d = doc_.tree();
  uint32_t cur = d.root;
  if (!span_of(cur).touches(offset)) return out;
  out.push_back({cur, "", -1, false});
  for (;;) {
    const Node& n = d.node(cur);
    if (n.kind == Kind::map) {
      std::optional<size_t> pick;
      for (size_t i = 0; i + 1 < n.children.size(); i += 2)
        if (d.node(n.children[i]).pos.offset <= offset) pick = i;
      if (!pick) return out;
      uint32_t k = n.children[*pick], v = n.children[*pick + 1];
      std::string key = d.node(k).kind == Kind::scalar ? d.node(k).text : std::string();
      if (span_of(k).touches(offset)) {
        out.push_back({k, key, -1, true});
        return out;
      }
      if (!span_of(v).touches(offset)) return out;
      out.push_back({v, key, -1, false});
      cur = v;
    } else if (n.kind == Kind::sequence) {
      std::optional<size_t> pick;
      for (size_t i = 0; i < n.children.size(); ++i)
        if (d.node(n.children[i]).pos.offset <= offset) pick = i;
      if (!pick || !span_of(n.children[*pick]).touches(offset)) return out;
      out.push_back({n.children[*pick], "", static_cast<int>(*pick), false});
      cur = n.children[*pick];
    } else {
      return out;
    }
  }
}

namespace {
// The id scalar of a map node, "" when none.
std::string id_of(const yaml::Document& d, uint32_t map) {
  const Node& n = d.node(map);
  if (n.kind != Kind::map) return {};
  for (size_t i = 0; i + 1 < n.children.size(); i += 2)
    if (d.node(n.children[i]).text == "id" && d.node(n.children[i + 1]).kind == Kind::scalar)
      return d.node(n.children[i + 1]).text;
  return {};
}
}  // namespace

Analysis::Context Analysis::context(size_t offset) const {
  Context c;
  auto steps = locate(offset);
  if (steps.empty()) return c;
  c.found = true;
  c.node = steps.back().node;
  c.on_key = steps.back().on_key;
  const yaml::Document& d = doc_.tree();
  MapKind map = MapKind::top;  // the kind of the map the next key belongs to
  MapKind list_of = MapKind::none;  // the kind of the items of the list we are in
  bool entity_field_set = false;
  c.map = MapKind::top;
  for (size_t i = 1; i < steps.size(); ++i) {
    const Step& s = steps[i];
    const Node& n = d.node(s.node);
    if (s.item >= 0) {  // an item of a list
      map = list_of;
      list_of = MapKind::none;
      entity_field_set = false;
      if (map == MapKind::project) {
        c.project = plan_.find_project(id_of(d, s.node));
      } else if (map == MapKind::section) {
        c.section = plan_.find_section(id_of(d, s.node));
        c.total = false;
      } else if (map == MapKind::kpi || map == MapKind::goal) {
        c.indicator = plan_.find_indicator(id_of(d, s.node));
      } else if (map == MapKind::listing && c.section >= 0) {
        for (const auto& l : plan_.sections[static_cast<size_t>(c.section)].listings)
          if (l.pos.offset == n.pos.offset) c.listing = &l;
      }
      if (n.kind == Kind::map) c.map = map;
      continue;
    }
    c.leaf_key = s.key;
    if (!entity_field_set) {
      c.field = s.key;
      entity_field_set = true;
    }
    if (s.on_key) {  // the key `total` itself stands for its total
      if (s.key == "total" && map == MapKind::section) c.total = true;
      if (s.key == "total" && map == MapKind::plan) c.plan_total = true;
      break;
    }
    MapKind next = MapKind::none;
    list_of = MapKind::none;
    switch (map) {
      case MapKind::top:
        if (s.key == "plan") next = MapKind::plan;
        if (s.key == "projects") list_of = MapKind::project;
        if (s.key == "sections") list_of = MapKind::section;
        entity_field_set = false;
        break;
      case MapKind::plan:
        if (s.key == "total") next = MapKind::total, c.plan_total = true;
        break;
      case MapKind::section:
        if (s.key == "total") next = MapKind::total, c.total = true;
        if (s.key == "projects") list_of = MapKind::listing;
        if (s.key == "kpis") list_of = MapKind::kpi;
        if (s.key == "goals") list_of = MapKind::goal;
        if (s.key == "sections") list_of = MapKind::section;
        break;
      case MapKind::kpi:
        if (s.key == "baseline") next = MapKind::baseline;
        if (s.key == "targets" || s.key == "actuals") next = MapKind::years;
        break;
      case MapKind::goal:
        if (s.key == "baseline") next = MapKind::baseline;
        if (s.key == "target") next = MapKind::goal_target;
        if (s.key == "actuals") next = MapKind::years;
        break;
      case MapKind::years: next = MapKind::target; break;
      default: break;
    }
    map = next;
    if (n.kind == Kind::map) c.map = map;
  }
  return c;
}

}  // namespace yplan::lsp

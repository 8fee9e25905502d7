// Completion of project ids in listings and of the keys a mapping accepts.
// It reads the text's indentation rather than the tree: while a plan is
// typed it often does not parse.
#include <algorithm>
#include <fmt/format.h>

#include "features.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan::lsp {

namespace {

struct Line {
  size_t indent = 0;    // leading spaces
  bool dash = false;    // a block list item ("- ")
  size_t content = 0;   // column of the text after the dash
  std::string key;      // "key" of "key: ..." ("" when none)
  bool key_only = false;  // "key:" with nothing after (a nested block follows)
  bool colon = false;   // a "key:" was found
  bool blank = true;    // empty or a comment
};

Line parse_line(std::string_view l) {
  Line r;
  while (r.indent < l.size() && l[r.indent] == ' ') ++r.indent;
  std::string_view rest = l.substr(r.indent);
  while (!rest.empty() && (rest.back() == '\r' || rest.back() == '\n')) rest.remove_suffix(1);
  if (rest.empty() || rest[0] == '#') return r;
  r.blank = false;
  r.content = r.indent;
  if (rest[0] == '-' && (rest.size() == 1 || rest[1] == ' ')) {
    r.dash = true;
    size_t i = 1;
    while (i < rest.size() && rest[i] == ' ') ++i;
    r.content = r.indent + i;
    rest = rest.substr(i);
  }
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == ':' && (i + 1 == rest.size() || rest[i + 1] == ' ')) {
      r.key = std::string(rest.substr(0, i));
      if (r.key.size() >= 2 && (r.key.front() == '"' || r.key.front() == '\'') && r.key.back() == r.key.front())
        r.key = r.key.substr(1, r.key.size() - 2);
      r.colon = true;
      std::string_view after = rest.substr(i + 1);
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      r.key_only = after.empty() || after.front() == '#';
      break;
    }
    if (rest[i] == '"' || rest[i] == '\'' || rest[i] == '{' || rest[i] == '[' || rest[i] == '#') break;
  }
  return r;
}

class Outline {
 public:
  explicit Outline(std::vector<Line> lines) : lines_(std::move(lines)) {}

  // The kind of the map a key at column `c` on line `at` belongs to.
  MapKind map_at(size_t at, size_t c, int depth = 0) const {
    if (depth > 64) return MapKind::none;
    for (size_t i = at; i-- > 0;) {
      const Line& l = lines_[i];
      if (l.blank) continue;
      if (l.dash && l.content == c) return item_kind(i, l.indent, depth + 1);
      if (l.content < c) {
        if (l.key_only) return child_kind(map_at(i, l.content, depth + 1), l.key);
        return MapKind::none;
      }
    }
    return c == 0 ? MapKind::top : MapKind::none;
  }

  // The kind of the items of the block list whose dash on line `at` is at column `dash`.
  MapKind item_kind(size_t at, size_t dash, int depth = 0) const {
    if (depth > 64) return MapKind::none;
    for (size_t j = at; j-- > 0;) {
      const Line& l = lines_[j];
      if (l.blank) continue;
      if (l.indent > dash || (l.dash && l.indent == dash)) continue;
      if (l.key_only && l.content <= dash) {
        MapKind owner = map_at(j, l.content, depth + 1);
        if (owner == MapKind::top && l.key == "projects") return MapKind::project;
        if ((owner == MapKind::top || owner == MapKind::section) && l.key == "sections") return MapKind::section;
        if (owner == MapKind::section && l.key == "projects") return MapKind::listing;
        if (owner == MapKind::section && l.key == "kpis") return MapKind::kpi;
        if (owner == MapKind::section && l.key == "goals") return MapKind::goal;
      }
      return MapKind::none;
    }
    return MapKind::none;
  }

  static MapKind child_kind(MapKind map, const std::string& key) {
    if (map == MapKind::top && key == "plan") return MapKind::plan;
    if ((map == MapKind::plan || map == MapKind::section) && key == "total") return MapKind::total;
    if ((map == MapKind::kpi || map == MapKind::goal) && key == "baseline") return MapKind::baseline;
    if (map == MapKind::kpi && key == "targets") return MapKind::years;
    if ((map == MapKind::kpi || map == MapKind::goal) && key == "actuals") return MapKind::years;
    if (map == MapKind::goal && key == "target") return MapKind::goal_target;
    if (map == MapKind::years) return MapKind::target;
    return MapKind::none;
  }

 private:
  std::vector<Line> lines_;
};

}  // namespace

std::vector<Completion> complete(const Analysis& a, size_t offset, const Plan* known) {
  std::vector<Completion> out;
  const std::string& t = a.text();
  offset = std::min(offset, t.size());
  size_t line_start = t.rfind('\n', offset == 0 ? std::string::npos : offset - 1);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  if (offset == 0) line_start = 0;
  std::vector<Line> lines;
  for (size_t p = 0; p < line_start;) {
    size_t nl = t.find('\n', p);
    lines.push_back(parse_line(std::string_view(t).substr(p, nl - p)));
    p = nl + 1;
  }
  std::string_view prefix = std::string_view(t).substr(line_start, offset - line_start);
  Line cur = parse_line(prefix);
  Outline outline(std::move(lines));
  const size_t here = static_cast<size_t>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));

  // The typed prefix an item replaces, whole: from where the id or key
  // starts (after `- `, after `project: `, after an opening quote) to the
  // cursor. A client that matches only the word before the cursor would
  // take `te` of `- iju-te`; the text edit names all of `iju-te`.
  size_t start = cur.blank ? prefix.size() : cur.content;
  if (cur.colon) {
    start = prefix.size();
    for (size_t i = cur.content; i < prefix.size(); ++i)
      if (prefix[i] == ':' && (i + 1 == prefix.size() || prefix[i + 1] == ' ')) {
        start = i + 1;
        break;
      }
    while (start < prefix.size() && prefix[start] == ' ') ++start;
  }
  if (start < prefix.size() && (prefix[start] == '"' || prefix[start] == '\'')) ++start;
  const Span replace{line_start + start, offset};

  const Plan& plan = a.plan().projects.empty() && known ? *known : a.plan();
  auto projects = [&] {
    for (const auto& p : plan.projects) {
      std::string detail = p.name.value;
      if (p.budget.has()) detail += fmt::format(" — {} {}", group_thousands(p.budget.amount->value), plan.meta.budget_unit);
      out.push_back({p.id.value, detail, CompletionKind::project, replace});
    }
  };
  auto keys = [&](MapKind k) {
    for (auto key : keys_of(k)) out.push_back({std::string(key), tr("key"), CompletionKind::key, replace});
  };

  if (cur.colon) {
    // The value of `project:` in a listing mapping.
    if (cur.key == "project" &&
        (cur.dash ? outline.item_kind(here, cur.indent) : outline.map_at(here, cur.content)) == MapKind::listing)
      projects();
    return out;
  }
  if (cur.dash) {
    MapKind items = outline.item_kind(here, cur.indent);
    if (items == MapKind::listing) projects();
    else keys(items);
    return out;
  }
  if (cur.blank || prefix.find_first_of("\"'{[#") == std::string_view::npos) keys(outline.map_at(here, cur.blank ? prefix.size() : cur.content));
  return out;
}

}  // namespace yplan::lsp

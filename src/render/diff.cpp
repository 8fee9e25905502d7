// Rendering a plan diff: text, Markdown, JSON, and --stat counts.
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "yplan/diff.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"
#include "yplan/values.hpp"

namespace yplan {

namespace {

const char* group_title(DiffGroup g) {
  switch (g) {
    case DiffGroup::plan: return tr("plan");
    case DiffGroup::project: return tr("projects");
    case DiffGroup::total: return tr("department total (each project once)");
    case DiffGroup::indicator: return tr("KPIs and goals");
    case DiffGroup::section: return tr("sections");
  }
  return "";
}

const char* group_key(DiffGroup g) {
  switch (g) {
    case DiffGroup::plan: return "plan";
    case DiffGroup::project: return "projects";
    case DiffGroup::total: return "total";
    case DiffGroup::indicator: return "indicators";
    case DiffGroup::section: return "sections";
  }
  return "";
}

const char* kind_key(ChangeKind k) {
  switch (k) {
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    case ChangeKind::changed: return "changed";
    case ChangeKind::renamed: return "renamed";
    case ChangeKind::moved: return "moved";
  }
  return "";
}

// "(+9,247, +4.6%)" for a numeric change.
std::string delta(const Change& c) {
  if (!c.old_number || !c.new_number) return "";
  double d = *c.new_number - *c.old_number;
  std::string s = fmt::format("{}{}", d > 0 ? "+" : "", format_number(d));
  // 0.0% only when nothing changed; a change under 0.1 % reads +<0.1% or -<0.1% (values.hpp).
  if (*c.old_number != 0) s += ", " + format_percent(100.0 * d / std::fabs(*c.old_number), true);
  return " (" + s + ")";
}

// The kind of an entity as the text names it (the JSON keeps `kind` as is).
std::string thing_word(const std::string& thing) {
  if (thing == "project") return tr("project");
  if (thing == "section") return tr("section");
  if (thing == "kpi") return tr("kpi");
  if (thing == "goal") return tr("goal");
  if (thing == "plan") return tr("plan");
  return thing;
}

// Change::detail (English words, kept as such in JSON) for the text and
// Markdown: "previous 1,234", "in section 1.1", "under 1", "opened", "closed",
// "added", "removed", "reordered", and text-list counts "2 changed, 1 added".
std::string detail_text(const std::string& detail) {
  if (language() == Lang::en) return detail;
  auto rest = [&](std::string_view prefix) -> std::optional<std::string> {
    if (detail.rfind(prefix, 0) != 0) return std::nullopt;
    return detail.substr(prefix.size());
  };
  if (auto r = rest("previous ")) return trf("previous {}", *r);
  if (auto r = rest("in section ")) return trf("in section {}", *r);
  if (auto r = rest("under ")) return trf("under {}", *r);
  if (detail == "opened") return tr("opened");
  if (detail == "closed") return tr("closed");
  if (detail == "added") return tr("added");
  if (detail == "removed") return tr("removed");
  if (detail == "reordered") return tr("reordered");
  // "N changed, N added, N removed"
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= detail.size()) {
    size_t comma = detail.find(", ", start);
    std::string part = detail.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t sp = part.find(' ');
    std::string n = sp == std::string::npos ? "" : part.substr(0, sp), word = sp == std::string::npos ? "" : part.substr(sp + 1);
    if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos) return detail;
    if (word == "changed") parts.push_back(trf("{} changed", n));
    else if (word == "added") parts.push_back(trf("{} added", n));
    else if (word == "removed") parts.push_back(trf("{} removed", n));
    else return detail;
    if (comma == std::string::npos) break;
    start = comma + 2;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : tr(", ")) + p;
  return out;
}

// One line for a field change, without the entity.
std::string field_line(const Change& c) {
  if (c.field == "listing") {
    if (!c.old_value.empty() && !c.new_value.empty()) return trf("listing moved from {} to {}", c.old_value, c.new_value);
    if (!c.new_value.empty()) return trf("now also listed under {}", c.new_value);
    return trf("no longer listed under {}", c.old_value);
  }
  if (c.field == "parent") return trf("moved from under {} to under {}", c.old_value, c.new_value);
  if (c.field == "section" && c.kind == ChangeKind::moved) return trf("moved from section {} to {}", c.old_value, c.new_value);
  if (c.old_value.empty() && c.new_value.empty() && !c.detail.empty()) return fmt::format("{}: {}", c.field, detail_text(c.detail));
  if (c.old_value.empty()) return trf("{}: added {}", c.field, c.new_value);
  if (c.new_value.empty()) return trf("{}: removed (was {})", c.field, c.old_value);
  std::string s = fmt::format("{}: {} → {}{}", c.field, c.old_value, c.new_value, delta(c));
  if (c.detail == "opened" || c.detail == "closed") s += " (" + detail_text(c.detail) + ")";
  return s;
}

// The header line of an entity: marker, id, name, and what happened to it.
struct Entity {
  char marker = '~';
  std::string head;
  std::vector<const Change*> fields;
};

std::vector<std::pair<DiffGroup, std::vector<Entity>>> entities(const DiffResult& d) {
  std::vector<std::pair<DiffGroup, std::vector<Entity>>> out;
  for (const auto& c : d.changes) {
    if (out.empty() || out.back().first != c.group) out.push_back({c.group, {}});
    auto& list = out.back().second;
    bool same = !list.empty() && !list.back().fields.empty() && list.back().fields.back()->id == c.id &&
                list.back().fields.back()->thing == c.thing && c.kind != ChangeKind::added &&
                c.kind != ChangeKind::removed && c.kind != ChangeKind::renamed && c.group != DiffGroup::plan &&
                c.group != DiffGroup::total;
    if (!same) {
      Entity e;
      std::string name = c.name.empty() ? "" : "  " + c.name;
      switch (c.kind) {
        case ChangeKind::added:
          e.marker = '+';
          e.head = fmt::format("{} {}{}", thing_word(c.thing), c.id, name);
          if (!c.new_value.empty()) e.head += trf(": budget {}", c.new_value);
          if (!c.detail.empty()) e.head += (c.new_value.empty() ? std::string(": ") : std::string(tr(", "))) + detail_text(c.detail);
          break;
        case ChangeKind::removed:
          e.marker = '-';
          e.head = fmt::format("{} {}{}", thing_word(c.thing), c.id, name);
          if (!c.old_value.empty()) e.head += trf(": budget {}", c.old_value);
          break;
        case ChangeKind::renamed:
          e.marker = '>';
          e.head = trf("{} {} → {}{} (renamed)", thing_word(c.thing), c.old_id, c.id, name);
          break;
        default:
          e.marker = '~';
          e.head = c.group == DiffGroup::plan || c.group == DiffGroup::total ? "" : fmt::format("{} {}{}", thing_word(c.thing), c.id, name);
      }
      list.push_back(std::move(e));
      if (c.kind == ChangeKind::added || c.kind == ChangeKind::removed || c.kind == ChangeKind::renamed) {
        list.back().fields.push_back(&c);  // kept for identity; not printed as a field
        continue;
      }
    }
    list.back().fields.push_back(&c);
  }
  return out;
}

bool is_field(const Change* c) {
  return c->kind == ChangeKind::changed || c->kind == ChangeKind::moved;
}

struct Stat {
  size_t added = 0, removed = 0, renamed = 0, changed = 0;
};

std::map<DiffGroup, Stat> stats(const DiffResult& d) {
  std::map<DiffGroup, Stat> out;
  for (const auto& [g, list] : entities(d)) {
    Stat& s = out[g];
    for (const auto& e : list) {
      if (e.marker == '+') ++s.added;
      else if (e.marker == '-') ++s.removed;
      else if (e.marker == '>') ++s.renamed;
      else if (g == DiffGroup::plan || g == DiffGroup::total) s.changed += e.fields.size();
      else ++s.changed;
    }
  }
  return out;
}

std::string stat_text(const Stat& s) {
  std::vector<std::string> parts;
  if (s.added) parts.push_back(trf("{} added", s.added));
  if (s.removed) parts.push_back(trf("{} removed", s.removed));
  if (s.renamed) parts.push_back(trf("{} renamed", s.renamed));
  if (s.changed) parts.push_back(trf("{} changed", s.changed));
  return fmt::format("{}", fmt::join(parts, tr(", ")));
}

}  // namespace

namespace {
// A line that may hold several (a note written over lines): its first line
// after `lead`, each further one indented under it behind "| ", so that no
// line of the text reaches column 0 or passes for a diff line; control
// characters escaped (text.hpp).
std::string text_lines(const std::string& s, const std::string& indent) {
  auto lines = escaped_lines(s);
  std::string o = lines[0];
  for (size_t i = 1; i < lines.size(); ++i) o += "\n" + indent + "| " + lines[i];
  return o;
}
}  // namespace

void render_diff_text(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o) {
  if (d.empty()) return;
  const char* bold = o.color ? "\033[1m" : "";
  const char* reset = o.color ? "\033[0m" : "";
  auto colour = [&](char m) -> const char* {
    if (!o.color) return "";
    switch (m) {
      case '+': return "\033[32m";
      case '-': return "\033[31m";
      case '>': return "\033[36m";
      default: return "\033[33m";
    }
  };
  if (o.stat) {
    for (const auto& [g, s] : stats(d)) out << group_title(g) << ": " << stat_text(s) << '\n';
    return;
  }
  out << bold << "--- " << o.old_name << reset << '\n' << bold << "+++ " << o.new_name << reset << '\n';
  for (const auto& [g, list] : entities(d)) {
    out << bold << group_title(g) << reset << '\n';
    for (const auto& e : list) {
      std::string indent = "  ";
      if (!e.head.empty()) {
        out << "  " << colour(e.marker) << e.marker << ' ' << text_lines(e.head, "    ") << reset << '\n';
        indent = "      ";
      }
      for (const Change* c : e.fields) {
        if (!is_field(c)) continue;
        out << indent << (e.head.empty() ? std::string(colour('~')) + "~ " : std::string())
            << text_lines(field_line(*c), indent + "  ") << (e.head.empty() ? reset : "") << '\n';
        for (const auto& l : c->old_lines)
          out << indent << "  " << colour('-') << "- " << text_lines(l, indent + "    ") << reset << '\n';
        for (const auto& l : c->new_lines)
          out << indent << "  " << colour('+') << "+ " << text_lines(l, indent + "    ") << reset << '\n';
      }
    }
  }
}

void render_diff_markdown(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o) {
  if (d.empty()) return;
  out << trf("### Plan changes: `{}` → `{}`", o.old_name, o.new_name) << "\n\n";
  auto st = stats(d);
  out << fmt::format("| | {} | {} | {} | {} |", tr("added"), tr("removed"), tr("renamed"), tr("changed"))
      << "\n| --- | ---: | ---: | ---: | ---: |\n";
  for (const auto& [g, s] : st)
    out << "| " << group_title(g) << " | " << s.added << " | " << s.removed << " | " << s.renamed << " | "
        << s.changed << " |\n";
  if (o.stat) return;
  // Markdown-escaped, control characters shown; a text of several lines
  // stays inside its list item: a hard break (\ at the end of the line) and
  // the item's indentation before each further line, whose first character
  // is escaped so that it cannot start a list, heading or quote.
  auto esc_line = [](const std::string& s) {
    std::string r;
    for (char c : s) {
      if (c == '*' || c == '_' || c == '`' || c == '<' || c == '|' || c == '\\' || c == '[') r += '\\';
      r += c;
    }
    return r;
  };
  std::string item_indent;  // set before each esc() call: the list item's content column
  auto esc = [&](const std::string& s) {
    auto lines = escaped_lines(s);
    std::string r = esc_line(lines[0]);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string l = esc_line(lines[i]);
      size_t lead = l.find_first_not_of(' ');
      if (lead != std::string::npos && std::string("-+#>=~0123456789").find(l[lead]) != std::string::npos)
        l.insert(lead, "\\");
      r += "\\\n" + item_indent + l;
    }
    return r;
  };
  for (const auto& [g, list] : entities(d)) {
    std::string title = group_title(g);
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    out << "\n#### " << title << "\n\n";
    for (const auto& e : list) {
      std::string indent;
      if (!e.head.empty()) {
        item_indent = "  ";
        out << "- **" << e.marker << "** " << esc(e.head) << '\n';
        indent = "  ";
      }
      for (const Change* c : e.fields) {
        if (!is_field(c)) continue;
        item_indent = indent + "  ";
        out << indent << "- " << esc(field_line(*c)) << '\n';
        item_indent = indent + "    ";
        for (const auto& l : c->old_lines) out << indent << "  - ➖ " << esc(l) << '\n';
        for (const auto& l : c->new_lines) out << indent << "  - ➕ " << esc(l) << '\n';
      }
    }
  }
}

void render_diff_json(std::ostream& out, const DiffResult& d, const DiffRenderOptions& o) {
  using json = nlohmann::ordered_json;
  json changes = json::array();
  if (!o.stat) {
    for (const auto& c : d.changes) {
      json j{{"group", group_key(c.group)}, {"change", kind_key(c.kind)}, {"kind", c.thing}, {"id", c.id}};
      if (!c.old_id.empty()) j["old_id"] = c.old_id;
      if (!c.name.empty()) j["name"] = c.name;
      if (!c.field.empty()) j["field"] = c.field;
      if (!c.path.empty()) j["path"] = c.path;
      j["old"] = c.old_value.empty() ? json(nullptr) : json(c.old_value);
      j["new"] = c.new_value.empty() ? json(nullptr) : json(c.new_value);
      auto number = [](double v) {
        return std::fabs(v) < 9e15 && v == std::floor(v) ? json(static_cast<int64_t>(v)) : json(v);
      };
      if (c.old_number) j["old_number"] = number(*c.old_number);
      if (c.new_number) j["new_number"] = number(*c.new_number);
      if (c.old_number && c.new_number) {
        double diff = *c.new_number - *c.old_number;
        j["difference"] = std::fabs(diff) < 9e15 && diff == std::floor(diff) ? json(static_cast<int64_t>(diff)) : json(diff);
        // Exact, not rounded: a program rounds as it needs (a change of
        // 0.04 % stays 0.04..., never 0); 0, not -0, for no change.
        double pct = diff == 0 ? 0.0 : 100.0 * diff / std::fabs(*c.old_number);
        j["percent"] = *c.old_number != 0 ? json(pct) : json(nullptr);
      }
      if (!c.detail.empty()) j["detail"] = c.detail;
      if (!c.old_lines.empty() || !c.new_lines.empty()) {
        j["removed_lines"] = c.old_lines;
        j["added_lines"] = c.new_lines;
      }
      changes.push_back(j);
    }
  }
  json stat = json::object();
  for (const auto& [g, s] : stats(d))
    stat[group_key(g)] = json{{"added", s.added}, {"removed", s.removed}, {"renamed", s.renamed}, {"changed", s.changed}};
  // A total: its value, or null with a reason ("unknown" or "overflow").
  auto money = [](const Money& m) {
    json j = json::object();
    for (auto [key, f] : {std::pair<const char*, const Figure*>{"budget", &m.budget}, {"previous", &m.previous}}) {
      j[key] = f->known() ? json(f->value) : json(nullptr);
      if (!f->known()) j["reason"][key] = f->overflow() ? "overflow" : "unknown";
    }
    return j;
  };
  json doc{{"old", o.old_name},
           {"new", o.new_name},
           {"differences", !d.empty()},
           {"changes", changes},
           {"stat", stat},
           {"total", json{{"old", money(d.old_total)}, {"new", money(d.new_total)}}}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace yplan

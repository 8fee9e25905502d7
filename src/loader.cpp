#include "yplan/loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

#include "yplan/text.hpp"

namespace yplan {

namespace keys {
const std::vector<std::string_view> top = {"yplan", "plan", "projects", "sections"};
const std::vector<std::string_view> plan = {"id",          "title",  "organization", "fiscal_year",
                                            "period",      "budget_unit", "status",  "basis",
                                            "total",       "note"};
const std::vector<std::string_view> total = {"budget", "previous"};
const std::vector<std::string_view> project = {"id",       "name",    "budget", "previous",
                                               "category", "summary", "note"};
const std::vector<std::string_view> section = {"id",       "label",     "title",    "ref",
                                               "goals",    "kpis",      "issues",   "responses",
                                               "items",    "projects",  "total",    "sections",
                                               "regions",  "note"};
const std::vector<std::string_view> listing = {"project", "budget", "previous",
                                               "partial", "summary", "note"};
const std::vector<std::string_view> kpi = {"id",        "name",     "unit",    "direction",
                                           "cumulative", "baseline", "targets", "actuals",
                                           "note"};
const std::vector<std::string_view> goal = {"id",       "name",   "unit",    "direction",
                                            "baseline", "target", "actuals", "note"};
const std::vector<std::string_view> baseline = {"year", "value", "note"};
const std::vector<std::string_view> target = {"value", "note"};
const std::vector<std::string_view> goal_target = {"year", "value", "note"};
}  // namespace keys

namespace {

using yaml::Kind;
using yaml::Node;

const char* kind_noun(Kind k) {
  switch (k) {
    case Kind::null: return "null";
    case Kind::scalar: return "a scalar";
    case Kind::sequence: return "a list";
    case Kind::map: return "a mapping";
    case Kind::alias: return "an alias";
  }
  return "?";
}

bool is_id_char_ok(std::string_view id) {
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7F || c == ' ') return false;
  }
  return !id.empty();
}

bool valid_plan_id(std::string_view id) {
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || !alnum(id[0])) return false;
  for (char c : id)
    if (!alnum(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

// The fields of one mapping, after unknown and duplicate keys were reported.
struct Fields {
  struct Entry {
    std::string_view key;
    uint32_t value;
    Pos key_pos;
  };
  std::vector<Entry> entries;
  Pos pos;

  const Entry* find(std::string_view key) const {
    for (const auto& e : entries)
      if (e.key == key) return &e;
    return nullptr;
  }
};

class Loader {
 public:
  Loader(const SourceFile& src, const yaml::Document& doc, Plan& plan, Sink& sink)
      : src_(src), doc_(doc), plan_(plan), sink_(sink) {}

  void run();

 private:
  const Node& node(uint32_t i) const { return doc_.node(i); }

  void schema(Pos pos, const std::string& path, std::string msg) {
    sink_.error("schema", pos, path, std::move(msg));
  }

  // Reports a node of the wrong kind; aliases get their own message.
  void wrong_kind(const Node& n, const std::string& path, const char* expected) {
    if (n.kind == Kind::alias) {
      schema(n.pos, path, "aliases are not supported in plan files; write the value out");
      return;
    }
    schema(n.pos, path, fmt::format("`{}` must be {}, not {}", leaf(path), expected, kind_noun(n.kind)));
  }

  static std::string leaf(const std::string& path) {
    auto dot = path.rfind('.');
    return dot == std::string::npos ? path : path.substr(dot + 1);
  }

  // Reads a mapping's keys, reporting unknown (with a suggestion), duplicate
  // and non-scalar keys. Returns false if the node is not a mapping.
  bool fields(uint32_t idx, const std::string& path, const std::vector<std::string_view>& known,
              Fields& out, const char* what) {
    const Node& n = node(idx);
    out.pos = n.pos;
    if (n.kind != Kind::map) {
      wrong_kind(n, path, what);
      return false;
    }
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      const Node& k = node(n.children[i]);
      uint32_t v = n.children[i + 1];
      if (k.kind != Kind::scalar) {
        schema(k.pos, path, fmt::format("a key must be a plain word, not {}", kind_noun(k.kind)));
        continue;
      }
      std::string_view key = k.text;
      std::string kpath = path.empty() ? std::string(key) : path + "." + std::string(key);
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string near = nearest(key, std::span<const std::string_view>(known));
        if (!near.empty())
          schema(k.pos, kpath, fmt::format("unknown key `{}` in {}; did you mean `{}`?", key, what, near));
        else
          schema(k.pos, kpath, fmt::format("unknown key `{}` in {}; known keys: {}", key, what,
                                           fmt::join(known, ", ")));
        continue;
      }
      if (const auto* first = out.find(key)) {
        schema(k.pos, kpath,
               fmt::format("duplicate key `{}`; it is already set at line {}", key, first->key_pos.line));
        continue;
      }
      out.entries.push_back({key, v, k.pos});
    }
    return true;
  }

  // The `id` of a mapping, read before its keys are checked so that every
  // finding inside it can use the contract path (kpi.<id>...).
  std::string peek_id(uint32_t idx) const {
    const Node& n = node(idx);
    if (n.kind != Kind::map) return {};
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      const Node& k = node(n.children[i]);
      const Node& v = node(n.children[i + 1]);
      if (k.kind == Kind::scalar && k.text == "id" && v.kind == Kind::scalar && is_id_char_ok(v.text))
        return v.text;
    }
    return {};
  }

  // The finding's path is the mapping that lacks the key (a path yplan prints
  // must resolve with get; the missing key does not).
  void require(const Fields& f, std::string_view key, const std::string& path, const char* what) {
    if (!f.find(key))
      schema(f.pos, path.empty() ? std::string("plan") : path, fmt::format("{} is missing required field `{}`", what, key));
  }

  // A scalar read as text (numbers are text too: ids like 1.1 are fine).
  bool text(uint32_t idx, const std::string& path, Text& out) {
    const Node& n = node(idx);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, "text");
      return false;
    }
    out.value = n.text;
    out.pos = n.pos;
    return true;
  }
  bool text(const Fields& f, std::string_view key, const std::string& path, Text& out) {
    const auto* e = f.find(key);
    return e && text(e->value, path + "." + std::string(key), out);
  }
  bool text(const Fields& f, std::string_view key, const std::string& path, std::string& out) {
    Text t;
    if (!text(f, key, path, t)) return false;
    out = std::move(t.value);
    return true;
  }

  bool id(const Fields& f, const std::string& path, Text& out, const char* what) {
    if (!text(f, "id", path, out)) return false;
    if (!is_id_char_ok(out.value)) {
      schema(out.pos, path + ".id",
             fmt::format("{} id must be non-empty, without spaces or control characters: `{}`", what,
                         escape_control(out.value)));
      return false;
    }
    return true;
  }

  std::vector<Text> text_list(const Fields& f, std::string_view key, const std::string& path) {
    std::vector<Text> out;
    const auto* e = f.find(key);
    if (!e) return out;
    std::string kpath = path + "." + std::string(key);
    const Node& n = node(e->value);
    if (n.kind == Kind::null) return out;
    if (n.kind != Kind::sequence) {
      wrong_kind(n, kpath, "a list of text");
      return out;
    }
    for (size_t i = 0; i < n.children.size(); ++i) {
      Text t;
      if (text(n.children[i], fmt::format("{}.{}", kpath, i), t)) out.push_back(std::move(t));
    }
    return out;
  }

  std::optional<bool> boolean(const Fields& f, std::string_view key, const std::string& path) {
    const auto* e = f.find(key);
    if (!e) return std::nullopt;
    const Node& n = node(e->value);
    std::string kpath = path + "." + std::string(key);
    if (n.kind == Kind::scalar && !n.quoted) {
      if (n.text == "true" || n.text == "True" || n.text == "TRUE") return true;
      if (n.text == "false" || n.text == "False" || n.text == "FALSE") return false;
    }
    if (n.kind == Kind::null) return std::nullopt;
    schema(n.pos, kpath, fmt::format("`{}` must be true or false", key));
    return std::nullopt;
  }

  std::optional<Year> year(uint32_t idx, const std::string& path) {
    const Node& n = node(idx);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, "a year");
      return std::nullopt;
    }
    auto y = parse_year(n.text);
    if (!y) {
      sink_.error("year-format", n.pos, path,
                  fmt::format("`{}` is not a year; write 2020, R2, H30, 令和2年度 or 平成30年度", n.text));
      return std::nullopt;
    }
    return Year{y->year, y->era, n.text, n.pos};
  }

  // Reads a number; `amount` demands a whole number.
  std::optional<NumberValue> number(const Node& n, const std::string& path, bool amount) {
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, "a number");
      return std::nullopt;
    }
    std::string why;
    auto v = parse_number(n.text, &why);
    if (!v) {
      sink_.error("value-format", n.pos, path,
                  fmt::format("cannot read `{}` as a number: {}", n.text, why));
      return std::nullopt;
    }
    if (amount && !v->integral) {
      sink_.error("value-format", n.pos, path,
                  fmt::format("`{}` is not a whole number; amounts are integers", n.text));
      return std::nullopt;
    }
    if (v->integral && v->overflow) {
      sink_.error("value-format", n.pos, path,
                  fmt::format("`{}` is too large: numbers must fit in 64 bits", n.text));
      return std::nullopt;
    }
    return v;
  }

  void amount(const Fields& f, std::string_view key, const std::string& path, AmountField& out) {
    out.pos = f.pos;
    const auto* e = f.find(key);
    if (!e) return;
    out.stated = true;
    const Node& n = node(e->value);
    out.pos = n.pos;
    if (n.kind == Kind::null) return;
    if (auto v = number(n, path + "." + std::string(key), true))
      out.amount = Amount{v->integer, n.text, n.pos};
    else
      out.invalid = true;
  }

  std::optional<Quantity> quantity(const Node& n, const std::string& path) {
    if (auto v = number(n, path, false)) return Quantity{v->value, n.text, n.pos};
    return std::nullopt;
  }

  std::optional<Total> total(const Fields& f, const std::string& path) {
    const auto* e = f.find("total");
    if (!e) return std::nullopt;
    std::string tpath = path + ".total";
    if (node(e->value).kind == Kind::null) return std::nullopt;
    Fields tf;
    if (!fields(e->value, tpath, keys::total, tf, "a total")) return std::nullopt;
    Total t;
    t.pos = tf.pos;
    amount(tf, "budget", tpath, t.budget);
    amount(tf, "previous", tpath, t.previous);
    if (!t.budget.stated) require(tf, "budget", tpath, "a total");
    return t;
  }

  template <class E>
  bool enumeration(const Fields& f, std::string_view key, const std::string& path,
                   std::initializer_list<std::pair<std::string_view, E>> table, E& out, Pos& pos) {
    const auto* e = f.find(key);
    if (!e) return false;
    const Node& n = node(e->value);
    std::string kpath = path + "." + std::string(key);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, kpath, "a word");
      return false;
    }
    pos = n.pos;
    for (const auto& [name, value] : table) {
      if (n.text == name) {
        out = value;
        return true;
      }
    }
    std::vector<std::string_view> names;
    for (const auto& [name, value] : table) names.push_back(name);
    std::string near = nearest(n.text, std::span<const std::string_view>(names));
    schema(n.pos, kpath,
           fmt::format("`{}` is not a valid {}: use {}{}", n.text, key, fmt::join(names, " | "),
                       near.empty() ? "" : fmt::format(" (did you mean `{}`?)", near)));
    return false;
  }

  // One value at a year: a number, null, or {value, note} (plus `year` for goals).
  Point point(uint32_t idx, const std::string& path, bool with_year, bool allow_bare) {
    Point p;
    const Node& n = node(idx);
    p.pos = n.pos;
    if (n.kind == Kind::null) return p;
    if (n.kind == Kind::scalar && allow_bare) {
      p.value = quantity(n, path);
      p.invalid = !p.value;
      return p;
    }
    Fields f;
    if (!fields(idx, path, with_year ? keys::goal_target : keys::target, f,
                allow_bare ? "a number or {value, note}" : "a {year, value} mapping"))
      return p;
    if (with_year) {
      if (const auto* e = f.find("year")) {
        if (node(e->value).kind != Kind::null) p.year = year(e->value, path + ".year");
      }
    }
    if (const auto* e = f.find("value")) {
      const Node& v = node(e->value);
      p.pos = v.pos;
      if (v.kind != Kind::null) {
        p.value = quantity(v, path + ".value");
        p.invalid = !p.value;
      }
    } else if (!allow_bare) {
      require(f, "value", path, "a value");
    }
    if (const auto* e = f.find("note")) {
      Text t;
      if (text(e->value, path + ".note", t)) {
        p.note = t.value;
        p.note_pos = t.pos;
      }
    }
    return p;
  }

  // A year → value map (targets, actuals).
  std::vector<Point> year_map(uint32_t idx, const std::string& path) {
    std::vector<Point> out;
    const Node& n = node(idx);
    if (n.kind == Kind::null) return out;
    if (n.kind != Kind::map) {
      wrong_kind(n, path, "a mapping of year to value");
      return out;
    }
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      const Node& k = node(n.children[i]);
      std::string kpath = path + "." + (k.kind == Kind::scalar ? k.text : std::string("?"));
      auto y = year(n.children[i], kpath);
      if (!y) continue;
      auto dup = std::find_if(out.begin(), out.end(), [&](const Point& p) { return p.year->year == y->year; });
      if (dup != out.end()) {
        schema(k.pos, kpath,
               fmt::format("year {} repeats {} at line {} (both are {})", y->written,
                           dup->year->written, dup->year->pos.line, y->year));
        continue;
      }
      Point p = point(n.children[i + 1], kpath, false, true);
      p.year = y;
      out.push_back(std::move(p));
    }
    // Every point here has a year; sort by it (key order is usually year order already).
    auto year_of = [](const Point& p) { return p.year ? p.year->year : 0; };
    std::stable_sort(out.begin(), out.end(), [&](const Point& a, const Point& b) { return year_of(a) < year_of(b); });
    return out;
  }

  void read_plan_meta(uint32_t idx);
  void read_project(uint32_t idx, size_t i);
  void read_section(uint32_t idx, int parent, int depth, size_t i);
  void read_listing(uint32_t idx, Section& s, const std::string& spath, size_t i);
  void read_indicator(uint32_t idx, IndicatorKind kind, int section, size_t i, const std::string& spath);

  template <class F>
  void each_item(const Fields& f, std::string_view key, const std::string& path, F&& fn) {
    const auto* e = f.find(key);
    if (!e) return;
    const Node& n = node(e->value);
    std::string kpath = path.empty() ? std::string(key) : path + "." + std::string(key);
    if (n.kind == Kind::null) return;
    if (n.kind != Kind::sequence) {
      wrong_kind(n, kpath, "a list");
      return;
    }
    for (size_t i = 0; i < n.children.size(); ++i) fn(n.children[i], i);
  }

  const SourceFile& src_;
  const yaml::Document& doc_;
  Plan& plan_;
  Sink& sink_;
  // Ids met so far (projects, sections, kpis, goals): a later entity with the
  // same id is named by index in paths, as get resolves an id to the first.
  std::unordered_set<std::string> seen_ids_[4];
};

void Loader::run() {
  plan_.file = src_.path;
  if (doc_.empty) {
    schema(Pos{1, 1, 0}, "", "the file is empty; a plan starts with `yplan: 1` and `plan:`");
    return;
  }
  Fields top;
  const Node& root = node(doc_.root);
  if (root.kind != Kind::map) {
    schema(root.pos, "",
           fmt::format("the top level must be a mapping with `yplan:` and `plan:`, not {}", kind_noun(root.kind)));
    return;
  }
  fields(doc_.root, "", keys::top, top, "the top level");
  if (const auto* e = top.find("yplan")) {
    const Node& v = node(e->value);
    if (v.kind != Kind::scalar || v.text != "1")
      schema(v.pos, "yplan",
             fmt::format("unsupported format version `{}`; this yplan reads version 1",
                         v.kind == Kind::scalar ? v.text : kind_noun(v.kind)));
  } else {
    schema(root.pos, "yplan", "missing `yplan: 1` (the format version)");
  }
  if (const auto* e = top.find("plan"))
    read_plan_meta(e->value);
  else
    schema(root.pos, "plan", "missing required `plan:` mapping");
  each_item(top, "projects", "", [&](uint32_t item, size_t i) { read_project(item, i); });
  each_item(top, "sections", "", [&](uint32_t item, size_t i) {
    plan_.roots.push_back(static_cast<int>(plan_.sections.size()));
    read_section(item, -1, 0, i);
  });
  plan_.build_index();
}

void Loader::read_plan_meta(uint32_t idx) {
  Fields f;
  PlanMeta& m = plan_.meta;
  if (!fields(idx, "plan", keys::plan, f, "plan")) return;
  m.pos = f.pos;
  require(f, "id", "plan", "plan");
  require(f, "title", "plan", "plan");
  if (text(f, "id", "plan", m.id) && !valid_plan_id(m.id.value))
    schema(m.id.pos, "plan.id",
           fmt::format("plan id `{}` must match [A-Za-z0-9][A-Za-z0-9._-]*", m.id.value));
  text(f, "title", "plan", m.title);
  text(f, "organization", "plan", m.organization);
  text(f, "budget_unit", "plan", m.budget_unit);
  text(f, "basis", "plan", m.basis);
  text(f, "note", "plan", m.note);
  if (const auto* e = f.find("fiscal_year")) m.fiscal_year = year(e->value, "plan.fiscal_year");
  if (const auto* e = f.find("period")) {
    const Node& n = node(e->value);
    m.period_pos = n.pos;
    if (n.kind != Kind::sequence || n.children.size() != 2) {
      schema(n.pos, "plan.period", "`period` must be a list of two years: [first, last]");
    } else {
      m.period_start = year(n.children[0], "plan.period.0");
      m.period_end = year(n.children[1], "plan.period.1");
      if (m.period_start && m.period_end && m.period_start->year > m.period_end->year)
        schema(n.pos, "plan.period",
               fmt::format("the period starts ({}) after it ends ({})", m.period_start->written,
                           m.period_end->written));
    }
  }
  Pos ignored;
  enumeration<Status>(f, "status", "plan", {{"final", Status::final_}, {"draft", Status::draft}},
                      m.status, ignored);
  m.total = total(f, "plan");
}

void Loader::read_project(uint32_t idx, size_t i) {
  Project p;
  std::string path = fmt::format("projects.{}", i);
  if (auto pid = peek_id(idx); !pid.empty() && seen_ids_[0].insert(pid).second) path = "project." + pid;
  p.path = path;
  Fields f;
  if (!fields(idx, path, keys::project, f, "a project")) return;
  p.pos = f.pos;
  id(f, path, p.id, "a project");
  require(f, "id", path, "a project");
  require(f, "name", path, "a project");
  require(f, "budget", path, "a project");
  text(f, "name", path, p.name);
  amount(f, "budget", path, p.budget);
  amount(f, "previous", path, p.previous);
  enumeration<Category>(f, "category", path,
                        {{"new", Category::new_},
                         {"revised", Category::revised},
                         {"continuing", Category::continuing},
                         {"新規", Category::new_},
                         {"見直し", Category::revised},
                         {"継続", Category::continuing}},
                        p.category, p.category_pos);
  p.summary = text_list(f, "summary", path);
  text(f, "note", path, p.note);
  if (!p.id.value.empty()) plan_.projects.push_back(std::move(p));
}

void Loader::read_listing(uint32_t idx, Section& s, const std::string& spath, size_t i) {
  Listing l;
  const Node& n = node(idx);
  l.pos = n.pos;
  std::string path = fmt::format("{}.projects.{}", spath, i);
  // By its project where that names it (the first listing of the project in this section), else by index.
  auto by_project = [&](const std::string& id) {
    for (const auto& other : s.listings)
      if (other.project.value == id) return;
    l.path = spath + ".projects." + id;
  };
  l.path = path;
  if (n.kind == Kind::scalar) {
    l.project = Text{n.text, n.pos};
    by_project(n.text);
    s.listings.push_back(std::move(l));
    return;
  }
  Fields f;
  if (!fields(idx, path, keys::listing, f, "a project listing (an id or {project, budget, previous, partial})"))
    return;
  if (!text(f, "project", path, l.project)) {
    require(f, "project", path, "a project listing");
    return;
  }
  by_project(l.project.value);
  path = l.path;
  amount(f, "budget", path, l.budget);
  amount(f, "previous", path, l.previous);
  l.partial = boolean(f, "partial", path).value_or(false);
  l.summary = text_list(f, "summary", path);
  text(f, "note", path, l.note);
  s.listings.push_back(std::move(l));
}

void Loader::read_indicator(uint32_t idx, IndicatorKind kind, int section, size_t i,
                            const std::string& spath) {
  Indicator ind;
  ind.kind = kind;
  ind.section = section;
  const bool is_kpi = kind == IndicatorKind::kpi;
  std::string path = fmt::format("{}.{}.{}", spath, is_kpi ? "kpis" : "goals", i);
  if (auto iid = peek_id(idx); !iid.empty() && seen_ids_[is_kpi ? 2 : 3].insert(iid).second)
    path = std::string(is_kpi ? "kpi." : "goal.") + iid;
  ind.path = path;
  Fields f;
  if (!fields(idx, path, is_kpi ? keys::kpi : keys::goal, f, is_kpi ? "a KPI" : "a goal")) return;
  ind.pos = f.pos;
  id(f, path, ind.id, is_kpi ? "a KPI" : "a goal");
  require(f, "id", path, is_kpi ? "a KPI" : "a goal");
  require(f, "name", path, is_kpi ? "a KPI" : "a goal");
  text(f, "name", path, ind.name);
  text(f, "unit", path, ind.unit);
  text(f, "note", path, ind.note);
  ind.direction_pos = f.pos;
  enumeration<Direction>(f, "direction", path,
                         {{"increase", Direction::increase},
                          {"decrease", Direction::decrease},
                          {"maintain", Direction::maintain}},
                         ind.direction, ind.direction_pos);
  if (is_kpi) ind.cumulative = boolean(f, "cumulative", path).value_or(false);
  ind.baseline_pos = f.pos;
  if (const auto* e = f.find("baseline")) {
    ind.baseline_pos = node(e->value).pos;
    if (node(e->value).kind != Kind::null) {
      ind.baseline = point(e->value, path + ".baseline", true, false);
      ind.has_baseline = true;
    }
  }
  ind.targets_pos = f.pos;
  if (is_kpi) {
    if (const auto* e = f.find("targets")) {
      ind.has_target_map = true;
      ind.targets_pos = node(e->value).pos;
      ind.targets = year_map(e->value, path + ".targets");
    }
  } else if (const auto* e = f.find("target")) {
    ind.targets_pos = node(e->value).pos;
    if (node(e->value).kind != Kind::null) ind.target = point(e->value, path + ".target", true, false);
  }
  if (const auto* e = f.find("actuals")) ind.actuals = year_map(e->value, path + ".actuals");
  if (ind.id.value.empty()) return;
  int index = static_cast<int>(plan_.indicators.size());
  plan_.indicators.push_back(std::move(ind));
  plan_.sections[static_cast<size_t>(section)].indicators.push_back(index);
}

void Loader::read_section(uint32_t idx, int parent, int depth, size_t i) {
  std::string path = parent < 0 ? fmt::format("sections.{}", i)
                                : fmt::format("{}.sections.{}", path_of(plan_.sections[static_cast<size_t>(parent)]), i);
  if (auto sid = peek_id(idx); !sid.empty() && seen_ids_[1].insert(sid).second) path = "section." + sid;
  Fields f;
  if (!fields(idx, path, keys::section, f, "a section")) return;
  int me = static_cast<int>(plan_.sections.size());
  plan_.sections.emplace_back();
  {
    Section& s = plan_.sections.back();
    s.parent = parent;
    s.depth = depth;
    s.path = path;
    s.pos = f.pos;
    id(f, path, s.id, "a section");
    require(f, "id", path, "a section");
    require(f, "title", path, "a section");
    text(f, "label", path, s.label);
    text(f, "title", path, s.title);
    text(f, "ref", path, s.ref);
    text(f, "note", path, s.note);
    s.issues = text_list(f, "issues", path);
    s.responses = text_list(f, "responses", path);
    s.items = text_list(f, "items", path);
    for (auto& t : text_list(f, "regions", path)) s.regions.push_back(std::move(t.value));
    s.total = total(f, path);
  }
  if (parent >= 0) plan_.sections[static_cast<size_t>(parent)].children.push_back(me);
  // `plan_.sections` may grow below: index, never hold a reference across calls.
  auto sec = [&]() -> Section& { return plan_.sections[static_cast<size_t>(me)]; };
  each_item(f, "goals", path, [&](uint32_t item, size_t j) { read_indicator(item, IndicatorKind::goal, me, j, path); });
  each_item(f, "kpis", path, [&](uint32_t item, size_t j) { read_indicator(item, IndicatorKind::kpi, me, j, path); });
  each_item(f, "projects", path, [&](uint32_t item, size_t j) { read_listing(item, sec(), path, j); });
  each_item(f, "sections", path, [&](uint32_t item, size_t j) { read_section(item, me, depth + 1, j); });
}

}  // namespace

void load_plan(const SourceFile& src, const yaml::Document& doc, Plan& plan, Sink& sink) {
  Loader(src, doc, plan, sink).run();
}

bool load_plan(const SourceFile& src, Plan& plan, Sink& sink) {
  yaml::Document doc;
  yaml::ParseError err;
  plan = Plan{};
  plan.file = src.path;
  if (!yaml::parse(src, doc, err)) {
    sink.error("parse", err.pos, "", err.message);
    return false;
  }
  load_plan(src, doc, plan, sink);
  return true;
}

}  // namespace yplan

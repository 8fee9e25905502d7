#include "yplan/loader.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <unordered_set>

#include "internal/explain.hpp"
#include "yplan/format.hpp"
#include "yplan/text.hpp"

namespace yplan {

// The known keys of each kind of mapping, read from the format's key table
// (yplan/format.hpp), in its order (messages list them so).
namespace keys {
const std::vector<std::string_view> top = format::key_names("top");
const std::vector<std::string_view> plan = format::key_names("plan");
const std::vector<std::string_view> total = format::key_names("total");
const std::vector<std::string_view> project = format::key_names("project");
const std::vector<std::string_view> section = format::key_names("section");
const std::vector<std::string_view> listing = format::key_names("listing");
const std::vector<std::string_view> kpi = format::key_names("kpi");
const std::vector<std::string_view> goal = format::key_names("goal");
const std::vector<std::string_view> baseline = format::key_names("dated_value");
const std::vector<std::string_view> target = format::key_names("target_value");
const std::vector<std::string_view> goal_target = format::key_names("dated_value");
}  // namespace keys

namespace {

using yaml::Kind;
using yaml::Node;

const char* kind_noun(Kind k) {
  switch (k) {
    case Kind::null: return tr("null");
    case Kind::scalar: return tr("a scalar");
    case Kind::sequence: return tr("a list");
    case Kind::map: return tr("a mapping");
    case Kind::alias: return tr("an alias");
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
  std::vector<std::string_view> misspelt;  // known keys an unknown key was taken for ("budjet" → budget)
  Pos pos;

  bool was_misspelt(std::string_view key) const {
    return std::find(misspelt.begin(), misspelt.end(), key) != misspelt.end();
  }

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
      sink_.error("schema", n.pos, path, tr("aliases are not supported in plan files; write the value out")).help =
          tr("write the value itself in place of `*name`: copy it from where `&name` labels it");
      return;
    }
    schema(n.pos, path, trf("`{}` must be {}, not {}", leaf(path), tr(expected), kind_noun(n.kind)));
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
      // "a project", "a KPI" name what the mapping is; "plan" and "the top
      // level" are places, not kinds: there, say what kind it must be.
      std::string_view w = what;
      const bool kind_noun_given = w.rfind("a ", 0) == 0 || w.rfind("an ", 0) == 0;
      wrong_kind(n, path, kind_noun_given ? what : tr_noop("a mapping"));
      return false;
    }
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      const Node& k = node(n.children[i]);
      uint32_t v = n.children[i + 1];
      if (k.kind != Kind::scalar) {
        schema(k.pos, path, trf("a key must be a plain word, not {}", kind_noun(k.kind)));
        continue;
      }
      std::string_view key = k.text;
      // A key with a dot in it cannot be named in a dotted path: its mapping's path, then.
      std::string kpath = key.find('.') != std::string_view::npos ? path
                          : path.empty()                           ? std::string(key)
                                                                   : path + "." + std::string(key);
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        if (mistaken_key(k, path, known, v, out, what)) continue;
        std::string near = nearest(key, std::span<const std::string_view>(known));
        if (!near.empty()) {
          schema(k.pos, kpath, trf("unknown key `{}` in {}; did you mean `{}`?", key, tr(what), near));
          // One cause, one finding: the key it was meant to be is not also
          // "missing", and its value counts as unknown, not as absent.
          out.misspelt.push_back(*std::find(known.begin(), known.end(), near));
        }
        else
          schema(k.pos, kpath, trf("unknown key `{}` in {}; known keys: {}", key, tr(what),
                                           fmt::join(known, ", ")));
        continue;
      }
      if (const auto* first = out.find(key)) {
        sink_.error("schema", k.pos, kpath,
                    trf("duplicate key `{}`; it is already set at line {}", key, first->key_pos.line)).help =
            trf("keep one `{}`: delete the line that is out of date (this one or line {}), or correct the key if "
                "another was meant", key, first->key_pos.line);
        continue;
      }
      out.entries.push_back({key, v, k.pos});
    }
    return true;
  }

  // An unknown key that is a known one with a mistake a person cannot see
  // (internal/explain.hpp): reported at its cause, and read as the key meant.
  bool mistaken_key(const Node& k, const std::string& path, const std::vector<std::string_view>& known,
                    uint32_t v, Fields& out, const char* what) {
    std::string meant;
    auto e = explain::mistaken_key(k.text, known, what, meant);
    if (!e) return false;
    std::string kpath = meant.empty() ? k.text : meant;
    sink_.error("schema", at(k, *e), path.empty() ? kpath : path + "." + kpath, e->message).help = e->help;
    // (`fiscal_year R2` has no value of its own: nothing to read under `fiscal_year`.)
    if (!meant.empty() && node(v).kind != Kind::null && !out.find(meant)) {
      kept_.push_back(std::move(meant));
      out.entries.push_back({kept_.back(), v, k.pos});
    }
    return true;
  }

  // Where the cause of an explained mistake is: byte `at` of the node's text,
  // as written (after the quote of a quoted value, unless an escape came
  // before it); else the node.
  Pos at(const Node& n, const explain::Explained& e) const {
    if (!e.located) return n.pos;
    size_t skip = n.quoted ? 1 : 0;
    std::string_view written = std::string_view(src_.text).substr(std::min<size_t>(n.pos.offset + skip, src_.text.size()));
    if (written.substr(0, e.at) != std::string_view(n.text).substr(0, e.at)) return n.pos;
    return src_.pos_at_offset(n.pos.offset + skip + e.at);
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
    if (!f.find(key) && !f.was_misspelt(key))
      schema(f.pos, path.empty() ? std::string("plan") : path, trf("{} is missing required field `{}`", tr(what), key));
  }

  // Every key the table marks required in node kind `kind`, in table order.
  void require_all(const Fields& f, std::string_view kind, const std::string& path, const char* what) {
    for (const auto& key : format::node_kind(kind)->keys)
      if (key.required) require(f, key.name, path, what);
  }

  // A scalar read as text (numbers are text too: ids like 1.1 are fine).
  bool text(uint32_t idx, const std::string& path, Text& out) {
    const Node& n = node(idx);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, tr_noop("text"));
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
             trf("{} id must be non-empty, without spaces or control characters: `{}`", tr(what),
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
      wrong_kind(n, kpath, tr_noop("a list of text"));
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
    schema(n.pos, kpath, trf("`{}` must be true or false", key));
    return std::nullopt;
  }

  std::optional<Year> year(uint32_t idx, const std::string& path) {
    const Node& n = node(idx);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, tr_noop("a year"));
      return std::nullopt;
    }
    auto y = parse_year(n.text);
    if (!y) {
      sink_.error("year-format", n.pos, path,
                  trf("`{}` is not a year; write 2020, R2, H30, 令和2年度 or 平成30年度", n.text));
      return std::nullopt;
    }
    return Year{y->year, y->era, n.text, n.pos};
  }

  // Reads a number; `amount` demands a whole number.
  std::optional<NumberValue> number(const Node& n, const std::string& path, bool amount) {
    if (n.kind != Kind::scalar) {
      wrong_kind(n, path, tr_noop("a number"));
      return std::nullopt;
    }
    std::string why;
    auto v = parse_number(n.text, &why);
    if (!v) {
      auto e = explain::unreadable_number(n.text, why);
      sink_.error("value-format", at(n, e), path, e.message).help = e.help;
      return std::nullopt;
    }
    if (amount && !v->integral) {
      sink_.error("value-format", n.pos, path,
                  trf("`{}` is not a whole number; amounts are integers", n.text));
      return std::nullopt;
    }
    if (v->integral && v->overflow) {
      sink_.error("value-format", n.pos, path,
                  trf("`{}` is too large: numbers must fit in 64 bits", n.text));
      return std::nullopt;
    }
    return v;
  }

  void amount(const Fields& f, std::string_view key, const std::string& path, AmountField& out) {
    out.pos = f.pos;
    const auto* e = f.find(key);
    if (!e) {
      out.invalid = f.was_misspelt(key);  // written, under a misspelt key: unknown
      return;
    }
    const Node& n = node(e->value);
    out = read_amount(n);
    if (out.invalid) number(n, path + "." + std::string(key), true);  // says why
  }

  std::optional<Quantity> quantity(const Node& n, const std::string& path) {
    if (auto v = number(n, path, false)) return Quantity{v->value, v->decimal, n.text, n.pos};
    return std::nullopt;
  }

  std::optional<Total> total(const Fields& f, const std::string& path) {
    const auto* e = f.find("total");
    if (!e) return std::nullopt;
    std::string tpath = path + ".total";
    if (node(e->value).kind == Kind::null) return std::nullopt;
    Fields tf;
    if (!fields(e->value, tpath, keys::total, tf, tr_noop("a total"))) return std::nullopt;
    Total t;
    t.pos = tf.pos;
    amount(tf, "budget", tpath, t.budget);
    amount(tf, "previous", tpath, t.previous);
    if (!t.budget.stated) require_all(tf, "total", tpath, tr_noop("a total"));
    return t;
  }

  // An enumerated key: the words it accepts come from the format's table
  // (`kind`.`key`); `meaning` maps the English word each means to E.
  template <class E>
  bool enumeration(const Fields& f, std::string_view kind, std::string_view key, const std::string& path,
                   std::initializer_list<std::pair<std::string_view, E>> meaning, E& out, Pos& pos) {
    const auto* e = f.find(key);
    if (!e) return false;
    const Node& n = node(e->value);
    std::string kpath = path + "." + std::string(key);
    if (n.kind != Kind::scalar) {
      wrong_kind(n, kpath, tr_noop("a word"));
      return false;
    }
    pos = n.pos;
    const auto words = format::find_key(kind, key)->values;
    for (const auto& w : words) {
      if (n.text != w.name) continue;
      for (const auto& [means, value] : meaning) {
        if (w.means == means) {
          out = value;
          return true;
        }
      }
    }
    std::vector<std::string_view> names;
    for (const auto& w : words) names.push_back(w.name);
    std::string near = nearest(n.text, std::span<const std::string_view>(names));
    schema(n.pos, kpath,
           near.empty() ? trf("`{}` is not a valid {}: use {}", n.text, key, fmt::join(names, " | "))
                        : trf("`{}` is not a valid {}: use {} (did you mean `{}`?)", n.text, key,
                              fmt::join(names, " | "), near));
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
                allow_bare ? tr_noop("a number or {value, note}") : tr_noop("a {year, value} mapping"))) {
      p.invalid = true;  // an alias, a list…: schema said so; the value is unknown, not open
      return p;
    }
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
      require_all(f, "dated_value", path, tr_noop("a value"));
      p.invalid = true;
    } else if (f.was_misspelt("value")) {
      p.invalid = true;
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
  // `unreadable` is set when a year (or the map itself) cannot be read.
  std::vector<Point> year_map(uint32_t idx, const std::string& path, bool* unreadable = nullptr) {
    std::vector<Point> out;
    const Node& n = node(idx);
    if (n.kind == Kind::null) return out;
    if (n.kind != Kind::map) {
      wrong_kind(n, path, tr_noop("a mapping of year to value"));
      if (unreadable) *unreadable = true;
      return out;
    }
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
      const Node& k = node(n.children[i]);
      std::string kpath = path + "." + (k.kind == Kind::scalar ? k.text : std::string("?"));
      auto y = year(n.children[i], kpath);
      if (!y) {
        if (unreadable) *unreadable = true;
        continue;
      }
      auto dup = std::find_if(out.begin(), out.end(), [&](const Point& p) { return p.year->year == y->year; });
      if (dup != out.end()) {
        schema(k.pos, kpath,
               trf("year {} repeats {} at line {} (both are {})", y->written,
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
      wrong_kind(n, kpath, tr_noop("a list"));
      return;
    }
    for (size_t i = 0; i < n.children.size(); ++i) fn(n.children[i], i);
  }

  const SourceFile& src_;
  const yaml::Document& doc_;
  Plan& plan_;
  Sink& sink_;
  std::deque<std::string> kept_;  // keys read from mistaken ones (Fields holds views)
  // Ids met so far (projects, sections, kpis, goals): a later entity with the
  // same id is named by index in paths, as get resolves an id to the first.
  std::unordered_set<std::string> seen_ids_[4];
  // An id a path can name (get splits paths at dots, and a path cannot end
  // in one): otherwise the entity is named by its position.
  static bool pathable(const std::string& id) { return !id.empty() && id.back() != '.'; }
};

void Loader::run() {
  plan_.file = src_.path;
  if (doc_.empty) {
    sink_.error("schema", Pos{1, 1, 0}, "", tr("the file is empty; a plan starts with `yplan: 1` and `plan:`")).help =
        tr("if it held a plan, restore it (git checkout FILE, or a backup); a new plan can start from the example "
           "in `man yplan-plan`");
    return;
  }
  Fields top;
  const Node& root = node(doc_.root);
  if (root.kind != Kind::map) {
    sink_.error("schema", root.pos, "",
                trf("the top level must be a mapping with `yplan:` and `plan:`, not {}", kind_noun(root.kind)))
        .help = tr("start the file with `yplan: 1` and `plan:`, each at the left edge without `- ` before it; "
                   "is this file a plan?");
    return;
  }
  fields(doc_.root, "", keys::top, top, tr_noop("the top level"));
  if (const auto* e = top.find("yplan")) {
    const Node& v = node(e->value);
    if (v.kind != Kind::scalar || v.text != "1")
      schema(v.pos, "yplan",
             trf("unsupported format version `{}`; this yplan reads version 1",
                         v.kind == Kind::scalar ? v.text : kind_noun(v.kind)));
  } else if (!top.was_misspelt("yplan")) {  // one cause, one finding: a misspelt `yplan` is named as such
    // The path of a missing key is its mapping's (a path get resolves): here the top level, "".
    schema(root.pos, "", tr("missing `yplan: 1` (the format version)"));
  }
  if (const auto* e = top.find("plan"))
    read_plan_meta(e->value);
  else
    schema(root.pos, "", tr("missing required `plan:` mapping"));
  each_item(top, "projects", "", [&](uint32_t item, size_t i) { read_project(item, i); });
  each_item(top, "sections", "", [&](uint32_t item, size_t i) {
    // A root only when a section was read (an item that is not a mapping is
    // a schema finding and adds none: its index would point past the end).
    const size_t before = plan_.sections.size();
    read_section(item, -1, 0, i);
    if (plan_.sections.size() > before) plan_.roots.push_back(static_cast<int>(before));
  });
  plan_.build_index();
}

void Loader::read_plan_meta(uint32_t idx) {
  Fields f;
  PlanMeta& m = plan_.meta;
  if (!fields(idx, "plan", keys::plan, f, tr_noop("plan"))) return;
  m.pos = f.pos;
  require_all(f, "plan", "plan", tr_noop("plan"));
  if (text(f, "id", "plan", m.id) && !valid_plan_id(m.id.value))
    schema(m.id.pos, "plan.id",
           trf("plan id `{}` must match [A-Za-z0-9][A-Za-z0-9._-]*", m.id.value));
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
      schema(n.pos, "plan.period", tr("`period` must be a list of two years: [first, last]"));
    } else {
      m.period_start = year(n.children[0], "plan.period.0");
      m.period_end = year(n.children[1], "plan.period.1");
      if (m.period_start && m.period_end && m.period_start->year > m.period_end->year) {
        schema(n.pos, "plan.period",
               trf("the period starts ({}) after it ends ({})", m.period_start->written,
                           m.period_end->written));
        // One cause, one finding: no period, rather than every target outside it.
        m.period_start.reset();
        m.period_end.reset();
      }
    }
  }
  Pos ignored;
  if (!enumeration<Status>(f, "plan", "status", "plan", {{"final", Status::final_}, {"draft", Status::draft}}, m.status,
                           ignored))
    m.status_known = !f.find("status") && !f.was_misspelt("status");
  m.total = total(f, "plan");
}

void Loader::read_project(uint32_t idx, size_t i) {
  Project p;
  std::string path = fmt::format("projects.{}", i);
  if (auto pid = peek_id(idx); pathable(pid) && seen_ids_[0].insert(pid).second) path = "project." + pid;
  p.path = path;
  Fields f;
  if (!fields(idx, path, keys::project, f, tr_noop("a project"))) return;
  p.pos = f.pos;
  id(f, path, p.id, tr_noop("a project"));
  require_all(f, "project", path, tr_noop("a project"));
  text(f, "name", path, p.name);
  amount(f, "budget", path, p.budget);
  if (!p.budget.stated) p.budget.invalid = true;  // required and missing (schema said so): unknown, not 0
  amount(f, "previous", path, p.previous);
  enumeration<Category>(f, "project", "category", path,
                        {{"new", Category::new_}, {"revised", Category::revised}, {"continuing", Category::continuing}},
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
  if (!fields(idx, path, keys::listing, f, tr_noop("a project listing (an id or {project, budget, previous, partial})")))
    return;
  if (!text(f, "project", path, l.project)) {
    require_all(f, "listing", path, tr_noop("a project listing"));
    return;
  }
  by_project(l.project.value);
  path = l.path;
  amount(f, "budget", path, l.budget);
  amount(f, "previous", path, l.previous);
  auto partial = boolean(f, "partial", path);
  l.partial = partial.value_or(false);
  // Misspelt, or neither true nor false (schema said so): whole or part is unknown.
  l.partial_unknown = f.was_misspelt("partial") ||
                      (!partial && f.find("partial") && node(f.find("partial")->value).kind != Kind::null);
  l.relisted = boolean(f, "relisted", path).value_or(false);
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
  // Without an id it is still checked, named by its position (a path get accepts);
  // a repeated id is named by its position too, as get resolves an id to the first.
  ind.where = fmt::format("{}.{}.{}", spath, is_kpi ? "kpis" : "goals", i);
  std::string path = ind.where;
  if (auto iid = peek_id(idx); pathable(iid) && seen_ids_[is_kpi ? 2 : 3].insert(iid).second)
    path = std::string(is_kpi ? "kpi." : "goal.") + iid;
  ind.path = path;
  Fields f;
  if (!fields(idx, path, is_kpi ? keys::kpi : keys::goal, f, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"))) return;
  ind.pos = f.pos;
  id(f, path, ind.id, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"));
  require_all(f, is_kpi ? "kpi" : "goal", path, is_kpi ? tr_noop("a KPI") : tr_noop("a goal"));
  text(f, "name", path, ind.name);
  text(f, "unit", path, ind.unit);
  text(f, "note", path, ind.note);
  ind.direction_pos = f.pos;
  if (!enumeration<Direction>(f, is_kpi ? "kpi" : "goal", "direction", path,
                              {{"increase", Direction::increase},
                               {"decrease", Direction::decrease},
                               {"maintain", Direction::maintain}},
                              ind.direction, ind.direction_pos))
    ind.direction_known = !f.find("direction") && !f.was_misspelt("direction");
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
      ind.targets = year_map(e->value, path + ".targets", &ind.targets_unreadable);
    } else {
      ind.targets_unreadable = f.was_misspelt("targets");
    }
  } else if (const auto* e = f.find("target")) {
    ind.targets_pos = node(e->value).pos;
    if (node(e->value).kind != Kind::null) ind.target = point(e->value, path + ".target", true, false);
  }
  if (const auto* e = f.find("actuals")) ind.actuals = year_map(e->value, path + ".actuals");
  int index = static_cast<int>(plan_.indicators.size());
  plan_.indicators.push_back(std::move(ind));
  plan_.sections[static_cast<size_t>(section)].indicators.push_back(index);
}

void Loader::read_section(uint32_t idx, int parent, int depth, size_t i) {
  std::string path = parent < 0 ? fmt::format("sections.{}", i)
                                : fmt::format("{}.sections.{}", path_of(plan_.sections[static_cast<size_t>(parent)]), i);
  if (auto sid = peek_id(idx); pathable(sid) && seen_ids_[1].insert(sid).second) path = "section." + sid;
  Fields f;
  if (!fields(idx, path, keys::section, f, tr_noop("a section"))) return;
  int me = static_cast<int>(plan_.sections.size());
  plan_.sections.emplace_back();
  {
    Section& s = plan_.sections.back();
    s.parent = parent;
    s.depth = depth;
    s.path = path;
    s.pos = f.pos;
    id(f, path, s.id, tr_noop("a section"));
    require_all(f, "section", path, tr_noop("a section"));
    text(f, "label", path, s.label);
    text(f, "outline_label", path, s.outline_label);
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

AmountField read_amount(const yaml::Node& n) {
  AmountField out;
  out.stated = true;
  out.pos = n.pos;
  if (n.kind == Kind::null) return out;
  auto v = n.kind == Kind::scalar ? parse_number(n.text) : std::nullopt;
  if (v && v->integral && !v->overflow)
    out.amount = Amount{v->integer, n.text, n.pos};
  else
    out.invalid = true;
  return out;
}

void load_plan(const SourceFile& src, const yaml::Document& doc, Plan& plan, Sink& sink) {
  Loader(src, doc, plan, sink).run();
}

bool load_plan(const SourceFile& src, Plan& plan, Sink& sink) {
  yaml::Document doc;
  yaml::ParseError err;
  plan = Plan{};
  plan.file = src.path;
  if (!yaml::parse(src, doc, err)) {
    sink.error("parse", err.pos, "", err.message).help = err.help;
    return false;
  }
  load_plan(src, doc, plan, sink);
  return true;
}

}  // namespace yplan

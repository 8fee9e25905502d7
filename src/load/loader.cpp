// Loading a plan: the driver (the top level and its `plan:` mapping) and
// what the readers of every kind share (load/loader_parts.hpp says which file
// reads which kind).
#include "load/loader_parts.hpp"

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

namespace loader {
namespace {

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

}  // namespace

void Loader::wrong_kind(const Node& n, const std::string& path, const char* expected) {
  if (n.kind == Kind::alias) {
    sink_.error("schema", n.pos, path, tr("aliases are not supported in plan files; write the value out")).help =
        tr("write the value itself in place of `*name`: copy it from where `&name` labels it");
    return;
  }
  // An item of a list is named by its place, counted from 1, and its list
  // (`summary.0`: "item 1 of `summary`"), not by its index alone (`0`).
  const std::string name = leaf(path);
  const auto dot = path.rfind('.');
  if (dot != std::string::npos && !name.empty() && name.find_first_not_of("0123456789") == std::string::npos &&
      name.size() < 10) {
    schema(n.pos, path, trf("item {} of `{}` must be {}, not {}", std::stol(name) + 1, leaf(path.substr(0, dot)),
                            tr(expected), kind_noun(n.kind)));
    return;
  }
  schema(n.pos, path, trf("`{}` must be {}, not {}", name, tr(expected), kind_noun(n.kind)));
}

bool Loader::fields(uint32_t idx, const std::string& path, const std::vector<std::string_view>& known,
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
    if (n.flow && comma_split(n, i, path, out)) continue;
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
      // Both on one line (a flow mapping, {a: 1, a: 2}): "this one or line N" would name this line twice.
      if (first->key_pos.line == k.pos.line) {
        sink_.error("schema", k.pos, kpath,
                    trf("duplicate key `{}`; it is already set earlier on this line, at column {}", key,
                        first->key_pos.col)).help =
            trf("keep one `{}`: delete the one that is out of date (both are on line {}), or correct the key if "
                "another was meant", key, k.pos.line);
        continue;
      }
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

namespace {
// A group of a number's thousands, left alone as a key by a comma: three
// digits, plain, with no value (`674` in `{previous: 23,674}`).
bool thousands_group(const Node& k, const Node& v) {
  return k.kind == Kind::scalar && !k.quoted && k.text.size() == 3 &&
         k.text.find_first_not_of("0123456789") == std::string::npos && v.kind == Kind::null;
}
// The head of a number written with commas: 1 to 3 digits, plain, a minus allowed.
bool number_head(const Node& n) {
  if (n.kind != Kind::scalar || n.quoted) return false;
  std::string_view t = n.text;
  if (!t.empty() && t[0] == '-') t.remove_prefix(1);
  return !t.empty() && t.size() <= 3 && t.find_first_not_of("0123456789") == std::string::npos;
}
}  // namespace

// `previous: 23,674` inside a flow mapping: YAML ends a value at a comma
// there, so it reads `previous: 23` and a key `674` with no value, and the
// figure would silently be 23. One cause, one finding (value-format, at the
// figure): the figure is unknown (as under a misspelt key), so no sum that
// counts it is known and `fix` writes nothing; the stray groups are not
// also unknown keys. True when the pair at `i` is such a group.
bool Loader::comma_split(const Node& map, size_t i, const std::string& path, Fields& out) {
  auto pair_at = [&](size_t j) { return std::pair{&node(map.children[j]), &node(map.children[j + 1])}; };
  auto [k, v] = pair_at(i);
  if (i < 2 || !thousands_group(*k, *v)) return false;
  size_t j = i;  // back over the groups before this one (`1,234,567`: 234, then 567)
  while (j >= 2 && thousands_group(*pair_at(j - 2).first, *pair_at(j - 2).second)) j -= 2;
  if (j < 2) return false;
  auto [num_key, num] = pair_at(j - 2);
  if (num_key->kind != Kind::scalar || !number_head(*num)) return false;
  if (j < i) return true;  // a later group of a number already reported
  std::string written = num->text;
  for (size_t g = i; g + 1 < map.children.size() && thousands_group(*pair_at(g).first, *pair_at(g).second); g += 2)
    written += "," + pair_at(g).first->text;
  std::string digits;
  for (char c : written)
    if (c != ',') digits += c;
  auto entry = std::find_if(out.entries.begin(), out.entries.end(),
                            [&](const Fields::Entry& e) { return e.key == num_key->text; });
  if (entry != out.entries.end()) {
    out.misspelt.push_back(entry->key);
    out.entries.erase(entry);
  }
  const std::string fpath = path.empty() ? num_key->text : path + "." + num_key->text;
  sink_.error("value-format", num->pos, fpath,
              trf("`{}` inside {{...}} is read as {}: a comma ends a value there, and what follows it becomes a key",
                  written, num->text)).help =
      trf("write the number without commas ({}), or quote it (\"{}\")", digits, written);
  return true;
}

bool Loader::mistaken_key(const Node& k, const std::string& path, const std::vector<std::string_view>& known,
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

Pos Loader::at(const Node& n, const explain::Explained& e) const {
  if (!e.located) return n.pos;
  size_t skip = n.quoted ? 1 : 0;
  std::string_view written = std::string_view(src_.text).substr(std::min<size_t>(n.pos.offset + skip, src_.text.size()));
  if (written.substr(0, e.at) != std::string_view(n.text).substr(0, e.at)) return n.pos;
  return src_.pos_at_offset(n.pos.offset + skip + e.at);
}

std::string Loader::peek_id(uint32_t idx) const {
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

void Loader::require(const Fields& f, std::string_view key, const std::string& path, const char* what) {
  if (!f.find(key) && !f.was_misspelt(key))
    schema(f.pos, path.empty() ? std::string("plan") : path, trf("{} is missing required field `{}`", tr(what), key));
}

void Loader::require_all(const Fields& f, std::string_view kind, const std::string& path, const char* what) {
  for (const auto& key : format::node_kind(kind)->keys)
    if (key.required) require(f, key.name, path, what);
}

bool Loader::text(uint32_t idx, const std::string& path, Text& out) {
  const Node& n = node(idx);
  if (n.kind != Kind::scalar) {
    wrong_kind(n, path, tr_noop("text"));
    return false;
  }
  out.value = n.text;
  out.pos = n.pos;
  return true;
}
bool Loader::text(const Fields& f, std::string_view key, const std::string& path, Text& out) {
  const auto* e = f.find(key);
  return e && text(e->value, path + "." + std::string(key), out);
}
bool Loader::text(const Fields& f, std::string_view key, const std::string& path, std::string& out) {
  Text t;
  if (!text(f, key, path, t)) return false;
  out = std::move(t.value);
  return true;
}

bool Loader::id(const Fields& f, const std::string& path, Text& out, const char* what) {
  if (!text(f, "id", path, out)) return false;
  if (!is_id_char_ok(out.value)) {
    schema(out.pos, path + ".id",
           trf("{} id must be non-empty, without spaces or control characters: `{}`", tr(what),
                       escape_control(out.value)));
    return false;
  }
  return true;
}

std::vector<Text> Loader::text_list(const Fields& f, std::string_view key, const std::string& path) {
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

std::optional<bool> Loader::boolean(const Fields& f, std::string_view key, const std::string& path) {
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
  if (!each_item(top, "projects", "", [&](uint32_t item, size_t i) { read_project(item, i); }))
    plan_.projects_unknown = true;
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
  if (Text t; text(f, "follows", "plan", t)) {
    if (!valid_plan_id(t.value))
      schema(t.pos, "plan.follows", trf("plan id `{}` must match [A-Za-z0-9][A-Za-z0-9._-]*", t.value));
    else
      m.follows = std::move(t);
  }
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

}  // namespace loader

void load_plan(const SourceFile& src, const yaml::Document& doc, Plan& plan, Sink& sink) {
  loader::Loader(src, doc, plan, sink).run();
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

// yplan get: read values by contract path, for shell scripts.
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <yaml-cpp/emitter.h>

#include "commands.hpp"
#include "common.hpp"
#include "yplan/edit.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan::cli {

namespace {

struct Options {
  std::string color = "auto";
  std::string file;
  std::vector<std::string> paths;
  std::string list;
  std::string format = "yaml";
  bool raw = false;
  std::string lang;
  bool format_given = false;  // --format on the command line (not its default)
};

// Is a value under this key a number by the format (budget, a target, ...)?
// Only those are normalised: an id "1.10" or a label "１" prints as written.
bool numeric_key(std::string_view key, std::string_view parent) {
  return key == "budget" || key == "previous" || key == "value" || parent == "targets" || parent == "actuals";
}

// The last two parts of a path ("targets", "R3").
std::pair<std::string, std::string> last_parts(const std::string& path) {
  auto b = path.rfind('.');
  if (b == std::string::npos) return {"", path};
  auto a = path.rfind('.', b - 1);
  return {path.substr(a == std::string::npos ? 0 : a + 1, b - (a == std::string::npos ? 0 : a + 1)), path.substr(b + 1)};
}

// A scalar as a shell wants it: numbers plain ("91,456" → 91456, "△4,543" → -4543).
std::string plain(const yaml::Node& n, bool raw) {
  if (n.kind == yaml::Kind::null) return "null";
  if (raw) return n.text;
  if (auto v = parse_number(n.text)) {
    if (v->integral && !v->overflow) return std::to_string(v->integer);
    if (!v->integral) return fmt::format("{}", v->value);
  }
  return n.text;
}

// An alias stands for the value its anchor names: get prints that value.
// Expanding aliases of collections can multiply a small file into an
// enormous output (an "alias bomb"): past this many nodes get refuses.
constexpr size_t kMaxExpandedNodes = 1000000;

struct TooManyAliases {};

// The node an alias stands for (the node itself when it is not an alias).
uint32_t resolve(const yaml::Document& d, uint32_t i) {
  const yaml::Node& n = d.node(i);
  return n.kind == yaml::Kind::alias && n.alias_known ? n.target : i;
}

nlohmann::ordered_json to_json(const yaml::Document& d, uint32_t i, bool raw, bool numeric, std::string_view key,
                               size_t& budget) {
  if (budget-- == 0) throw TooManyAliases{};
  i = resolve(d, i);
  const yaml::Node& n = d.node(i);
  switch (n.kind) {
    case yaml::Kind::null: return nullptr;
    case yaml::Kind::alias: throw TooManyAliases{};  // an alias of nothing: yaml-cpp does not parse that
    case yaml::Kind::scalar: {
      if (!raw && !n.quoted) {
        if (n.text == "true") return true;
        if (n.text == "false") return false;
      }
      if (!raw && numeric)
        if (auto v = parse_number(n.text)) {
          if (v->integral && !v->overflow) return v->integer;
          if (!v->integral) return v->value;
        }
      return n.text;
    }
    case yaml::Kind::sequence: {
      auto a = nlohmann::ordered_json::array();
      for (uint32_t c : n.children) a.push_back(to_json(d, c, raw, false, "", budget));
      return a;
    }
    case yaml::Kind::map: {
      auto o = nlohmann::ordered_json::object();
      for (size_t k = 0; k + 1 < n.children.size(); k += 2) {
        const std::string& child = d.node(n.children[k]).text;
        o[child] = to_json(d, n.children[k + 1], raw, numeric_key(child, key), child, budget);
      }
      return o;
    }
  }
  return nullptr;
}

void emit(YAML::Emitter& e, const yaml::Document& d, uint32_t i, size_t& budget) {
  if (budget-- == 0) throw TooManyAliases{};
  i = resolve(d, i);
  const yaml::Node& n = d.node(i);
  switch (n.kind) {
    case yaml::Kind::null: e << YAML::Null; break;
    case yaml::Kind::alias: throw TooManyAliases{};
    case yaml::Kind::scalar:
      if (n.quoted) e << YAML::DoubleQuoted << n.text;
      else e << n.text;
      break;
    case yaml::Kind::sequence:
      e << (n.flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
      for (uint32_t c : n.children) emit(e, d, c, budget);
      e << YAML::EndSeq;
      break;
    case yaml::Kind::map:
      e << (n.flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
      for (size_t k = 0; k + 1 < n.children.size(); k += 2) {
        e << YAML::Key;
        emit(e, d, n.children[k], budget);
        e << YAML::Value;
        emit(e, d, n.children[k + 1], budget);
      }
      e << YAML::EndMap;
      break;
  }
}

int run(const Options& o) {
  if (o.file.empty()) {
    usage_error("get", tr("no plan given; name the plan file (or - for standard input), then paths such as "
                          "plan.title or project.ID.budget"));
    return kExitTrouble;
  }
  // --list prints ids: a path, --raw or --format would be silently ignored.
  if (!o.list.empty() && !o.paths.empty()) {
    usage_error("get", trf("--list prints the ids of a kind and reads no path; drop `{}` or --list", o.paths.front()));
    return kExitTrouble;
  }
  for (const auto& [given, name] : {std::pair{o.raw, "--raw"}, std::pair{o.format_given, "--format"}})
    if (!o.list.empty() && given) {
      usage_error("get", trf("{} has no effect with {}; drop one of them", name, "--list"));
      return kExitTrouble;
    }
  SourceFile src;
  std::string err;
  if (!read_input(o.file, src)) return kExitTrouble;
  PlanDocument doc;
  if (!doc.open(std::move(src), err)) {
    error_line(err);
    return kExitTrouble;
  }
  if (!o.list.empty()) {
    for (const auto& id : doc.ids(o.list)) std::cout << id << '\n';
    return kExitClean;
  }
  if (o.paths.empty()) {
    usage_error("get", tr("no path given; name one (plan.title, project.ID.budget, kpi.ID.targets.R3 ...) or "
                          "give --list KIND"));
    return kExitTrouble;
  }
  int rc = kExitClean;
  for (const auto& p : o.paths) {
    auto l = doc.lookup(p);
    if (!l.found) {
      error_line(l.nearest.empty()
                     ? trf("{}: no such path `{}`: {}", o.file, p, l.problem)
                     : trf("{}: no such path `{}`: {}; the nearest existing path is `{}`", o.file, p, l.problem,
                           l.nearest));
      rc = kExitFindings;
      continue;
    }
    const uint32_t at = resolve(doc.tree(), l.node);
    const yaml::Node& n = doc.tree().node(at);
    auto [parent, key] = last_parts(p);
    const bool numeric = numeric_key(key, parent);
    size_t budget = kMaxExpandedNodes;
    try {
      if (o.format == "json") {
        std::cout << to_json(doc.tree(), l.node, o.raw, numeric, key, budget)
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
      } else if (n.kind == yaml::Kind::map || n.kind == yaml::Kind::sequence) {
        YAML::Emitter e;
        e.SetIndent(2);
        emit(e, doc.tree(), l.node, budget);
        std::cout << e.c_str() << '\n';
      } else if (n.kind == yaml::Kind::alias) {
        throw TooManyAliases{};
      } else {
        std::cout << plain(n, o.raw || !numeric) << '\n';
      }
    } catch (const TooManyAliases&) {
      error_line(trf("{}: `{}` holds aliases that expand to more than {} values; yplan does not print it", o.file, p,
                     kMaxExpandedNodes));
      rc = kExitFindings;
    }
  }
  return rc;
}

}  // namespace

CLI::App* add_get(CLI::App& app, int& rc) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("get", tr("Print values of a plan by path (project.ID.budget, kpi.ID.targets.R3, ...)"));
  sub->footer(
      tr("A scalar prints as plain text (numbers as plain numbers: \"△4,543\" prints -4543; --raw prints it\n"
         "as written); a mapping or list prints as YAML, or JSON with --format json.\n"
         "Exit status: 0 found, 1 a path that does not exist, 2 usage or I/O error. See yplan-get(1)."));
  sub->add_option("file", o->file, tr("The plan file (- for standard input)"));
  sub->add_option("paths", o->paths, tr("Paths: plan.FIELD, project.ID.FIELD, section.ID.FIELD, kpi.ID.FIELD, goal.ID.FIELD"));
  sub->add_option("--list", o->list, tr("Print the ids of a kind, one a line"))
      ->check(CLI::IsMember({"project", "section", "kpi", "goal"}));
  auto* format = sub->add_option("--format", o->format, tr("Mappings and lists as yaml or json"))
      ->check(CLI::IsMember({"yaml", "json"}))
      ->default_val("yaml");
  sub->add_flag("--raw", o->raw, tr("Print scalars exactly as written (\"91,456\", not 91456)"));
  add_lang_option(*sub, o->lang);
  // No colour in this output yet; accepted so that one command line fits every subcommand.
  add_color_option(*sub, o->color);
  sub->callback([o, format, &rc] {
    o->format_given = format->count() > 0;
    rc = run(*o);
  });
  return sub;
}

}  // namespace yplan::cli

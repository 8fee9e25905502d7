// The loader's shared machinery, for the files that read each kind of
// mapping: the fields of one mapping, and the Loader that reads a parsed tree
// into the model, reporting what it cannot read. Internal to the library
// (yplan/loader.hpp is the interface: load_plan, read_amount).
//
// Where each part is:
//   loader.cpp          the driver (the top level, `plan:`) and what every
//                       kind shares: a mapping's fields, text, ids, lists,
//                       booleans, the findings
//   load/values.cpp     years, numbers, amounts and totals
//   load/indicators.cpp KPIs and goals: baselines, targets, actuals
//   load/sections.cpp   projects, sections and their project listings
#pragma once

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <unordered_set>

#include "load/explain.hpp"
#include "yplan/format.hpp"
#include "yplan/i18n.hpp"
#include "yplan/loader.hpp"
#include "yplan/text.hpp"

namespace yplan::loader {

using yaml::Kind;
using yaml::Node;

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
  // --- shared (loader.cpp) ---
  const Node& node(uint32_t i) const { return doc_.node(i); }

  void schema(Pos pos, const std::string& path, std::string msg) {
    sink_.error("schema", pos, path, std::move(msg));
  }

  // Reports a node of the wrong kind; aliases get their own message.
  void wrong_kind(const Node& n, const std::string& path, const char* expected);

  static std::string leaf(const std::string& path) {
    auto dot = path.rfind('.');
    return dot == std::string::npos ? path : path.substr(dot + 1);
  }

  // Reads a mapping's keys, reporting unknown (with a suggestion), duplicate
  // and non-scalar keys. Returns false if the node is not a mapping.
  bool fields(uint32_t idx, const std::string& path, const std::vector<std::string_view>& known,
              Fields& out, const char* what);

  // An unknown key that is a known one with a mistake a person cannot see
  // (load/explain.hpp): reported at its cause, and read as the key meant.
  bool comma_split(const Node& map, size_t i, const std::string& path, Fields& out);
  bool mistaken_key(const Node& k, const std::string& path, const std::vector<std::string_view>& known,
                    uint32_t v, Fields& out, const char* what);

  // Where the cause of an explained mistake is: byte `at` of the node's text,
  // as written (after the quote of a quoted value, unless an escape came
  // before it); else the node.
  Pos at(const Node& n, const explain::Explained& e) const;

  // The `id` of a mapping, read before its keys are checked so that every
  // finding inside it can use the contract path (kpi.<id>...).
  std::string peek_id(uint32_t idx) const;

  // The finding's path is the mapping that lacks the key (a path yplan prints
  // must resolve with get; the missing key does not).
  void require(const Fields& f, std::string_view key, const std::string& path, const char* what);

  // Every key the table marks required in node kind `kind`, in table order.
  void require_all(const Fields& f, std::string_view kind, const std::string& path, const char* what);

  // A scalar read as text (numbers are text too: ids like 1.1 are fine).
  bool text(uint32_t idx, const std::string& path, Text& out);
  bool text(const Fields& f, std::string_view key, const std::string& path, Text& out);
  bool text(const Fields& f, std::string_view key, const std::string& path, std::string& out);

  bool id(const Fields& f, const std::string& path, Text& out, const char* what);

  std::vector<Text> text_list(const Fields& f, std::string_view key, const std::string& path);

  std::optional<bool> boolean(const Fields& f, std::string_view key, const std::string& path);

  // --- values (load/values.cpp) ---
  std::optional<Year> year(uint32_t idx, const std::string& path);

  // Reads a number; `amount` demands a whole number.
  std::optional<NumberValue> number(const Node& n, const std::string& path, bool amount);

  void amount(const Fields& f, std::string_view key, const std::string& path, AmountField& out);

  std::optional<Quantity> quantity(const Node& n, const std::string& path);

  std::optional<Total> total(const Fields& f, const std::string& path);

  // --- enumerated keys (a template, so here) ---
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

  // --- indicators (load/indicators.cpp) ---
  // One value at a year: a number, null, or {value, note} (plus `year` for goals).
  Point point(uint32_t idx, const std::string& path, bool with_year, bool allow_bare);

  // A year → value map (targets, actuals).
  // `unreadable` is set when a year (or the map itself) cannot be read.
  std::vector<Point> year_map(uint32_t idx, const std::string& path, bool* unreadable = nullptr);

  // --- the readers of each kind ---
  void read_plan_meta(uint32_t idx);  // loader.cpp
  // load/sections.cpp
  void read_project(uint32_t idx, size_t i);
  void read_section(uint32_t idx, int parent, int depth, size_t i);
  void read_listing(uint32_t idx, Section& s, const std::string& spath, size_t i);
  // load/indicators.cpp
  void read_indicator(uint32_t idx, IndicatorKind kind, int section, size_t i, const std::string& spath);

  // Calls fn(item node, index) for each item of the list under `key`.
  // False when what the list holds is unknown: the key misspelt, or its value
  // not a list (schema said so).
  template <class F>
  bool each_item(const Fields& f, std::string_view key, const std::string& path, F&& fn) {
    const auto* e = f.find(key);
    if (!e) return !f.was_misspelt(key);
    const Node& n = node(e->value);
    std::string kpath = path.empty() ? std::string(key) : path + "." + std::string(key);
    if (n.kind == Kind::null) return true;
    if (n.kind != Kind::sequence) {
      wrong_kind(n, kpath, tr_noop("a list"));
      return false;
    }
    for (size_t i = 0; i < n.children.size(); ++i) fn(n.children[i], i);
    return true;
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

}  // namespace yplan::loader

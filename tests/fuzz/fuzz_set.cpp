// Fuzz target: `set` with fuzzed paths and values. The input is a plan, a
// line "=====", then PATH=VALUE lines. Besides crashes and undefined
// behaviour, it asserts: when the plan parses and the edit is accepted, the
// result parses too (an edit never breaks the YAML), every value assigned
// reads back as assigned, and every other value of the file reads exactly as
// before (walked here independently of the editor's own check). With `set
// --recalc` of project figures (check_recalc below), no budget-total finding
// appears that was not there. The tree apply hands back (read again in part
// by yaml::reparse) is the one a whole parse gives; and yaml::reparse, on raw
// splices that may change the structure, vouches only for what a parse gives.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "yplan/edit.hpp"
#include "yplan/fix.hpp"
#include "yplan/values.hpp"
#include "yplan/yaml_tree.hpp"

namespace {

// The recalculation property: the fuzzed assignments of project figures
// (project.ID.budget|previous = an integer), applied with --recalc, bring no
// budget-total finding at a path that had none. Plans whose figures cannot
// all be read (value-format, schema), or whose ids repeat, are left out: there a total may rightly
// not follow (its sum was unknown, or its path names another section).
void check_recalc(const yplan::PlanDocument& doc, const std::vector<yplan::PlanDocument::Assignment>& edits) {
  std::vector<yplan::PlanDocument::Assignment> figures;
  for (const auto& e : edits) {
    const std::string& p = e.path;
    bool field = p.size() > 15 && p.rfind("project.", 0) == 0 &&
                 (p.ends_with(".budget") || p.ends_with(".previous"));
    auto v = yplan::parse_number(e.value);
    if (field && v && v->integral && !v->overflow) figures.push_back(e);
  }
  if (figures.empty()) return;
  yplan::EditOutcome out;
  std::vector<yplan::PlanDocument::EditError> errors;
  if (!yplan::edit_plan(doc, figures, true, out, errors)) return;
  auto any = [&](const std::string& check) {
    return std::any_of(out.before.begin(), out.before.end(), [&](const auto& d) { return d.check == check; });
  };
  // A schema finding may leave a figure unknown too (a misspelt `budget`: one
  // cause, one finding), and then a total cannot follow: left out likewise.
  if (any("value-format") || any("schema") || any("duplicate-id") || any("parse")) return;
  for (const auto& d : out.after) {
    if (d.check != "budget-total") continue;
    bool had = std::any_of(out.before.begin(), out.before.end(),
                           [&](const auto& b) { return b.check == "budget-total" && b.path == d.path; });
    if (!had) std::abort();  // a total that was right did not follow the edit
  }
}

using yplan::yaml::Document;
using yplan::yaml::Kind;

// Every value of `a` (outside `skip`) is in `b` at the same key or index, the same.
bool same_values(const Document& a, uint32_t i, const Document& b, uint32_t j, const std::set<uint32_t>& skip) {
  if (skip.count(i)) return true;
  const auto& x = a.node(i);
  const auto& y = b.node(j);
  if (x.kind != y.kind) return false;
  if (x.kind == Kind::scalar) return x.text == y.text && x.quoted == y.quoted;
  if (x.kind == Kind::sequence) {
    if (x.children.size() != y.children.size()) return false;
    for (size_t k = 0; k < x.children.size(); ++k)
      if (!same_values(a, x.children[k], b, y.children[k], skip)) return false;
  }
  if (x.kind == Kind::map) {
    std::vector<bool> used(y.children.size(), false);
    for (size_t k = 0; k + 1 < x.children.size(); k += 2) {
      const auto& key = a.node(x.children[k]);
      size_t m = 0;
      for (; m + 1 < y.children.size(); m += 2)
        if (!used[m] && b.node(y.children[m]).kind == key.kind && b.node(y.children[m]).text == key.text) break;
      if (m + 1 >= y.children.size()) return false;
      used[m] = true;
      if (!same_values(a, x.children[k + 1], b, y.children[m + 1], skip)) return false;
    }
  }
  return true;
}

bool null_word(const std::string& v) { return v == "null" || v == "Null" || v == "NULL" || v == "~"; }

// The same tree, node for node: what yaml::reparse promises (yaml_tree.hpp).
bool same_tree(const Document& a, const Document& b) {
  if (a.empty != b.empty || a.root != b.root || a.nodes.size() != b.nodes.size()) return false;
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    const auto &x = a.nodes[i], &y = b.nodes[i];
    if (x.kind != y.kind || x.quoted != y.quoted || x.flow != y.flow || !(x.pos == y.pos) || x.text != y.text ||
        x.children != y.children || x.anchored != y.anchored || x.alias_known != y.alias_known ||
        x.target != y.target)
      return false;
  }
  return true;
}

// The reparse property on raw text: each assignment's value spliced over
// its node's bytes as written (no quoting, so the structure may change);
// whenever yaml::reparse vouches for a tree, a whole parse gives that tree.
void check_reparse(const yplan::PlanDocument& doc, const std::vector<yplan::PlanDocument::Assignment>& edits) {
  std::vector<yplan::yaml::Splice> splices;
  std::vector<const std::string*> values;
  for (const auto& e : edits) {
    auto l = doc.lookup(e.path);
    if (!l.found) continue;
    auto span = doc.scalar_span(l.node);
    if (!span || span->first >= span->second) continue;
    splices.push_back({span->first, span->second, e.value.size()});
    values.push_back(&e.value);
  }
  std::vector<size_t> order(splices.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return splices[x].begin < splices[y].begin; });
  std::vector<yplan::yaml::Splice> sorted;
  std::string text;
  const std::string& t = doc.source().text;
  size_t at = 0;
  for (size_t i : order) {
    if (splices[i].begin < at) continue;  // overlapping: leave it out
    text.append(t, at, splices[i].begin - at);
    text += *values[i];
    at = splices[i].end;
    sorted.push_back(splices[i]);
  }
  text.append(t, at, std::string::npos);
  yplan::SourceFile after;
  after.path = "after.yaml";
  after.text = text;
  after.index_lines();
  Document fast, whole;
  yplan::yaml::ParseError perr;
  if (!yplan::yaml::reparse(doc.source(), doc.tree(), after, sorted, fast)) return;
  if (!yplan::yaml::parse(after, whole, perr)) std::abort();  // vouched for a text that does not parse
  if (!same_tree(fast, whole)) std::abort();                  // vouched for a tree a parse does not give
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  const std::string sep = "\n=====\n";
  auto cut = input.find(sep);
  if (cut == std::string::npos) return 0;
  yplan::SourceFile src;
  src.path = "fuzz.yaml";
  src.text = input.substr(0, cut);
  src.index_lines();

  std::vector<yplan::PlanDocument::Assignment> edits;
  std::string rest = input.substr(cut + sep.size());
  size_t start = 0;
  while (start < rest.size() && edits.size() < 64) {
    size_t nl = rest.find('\n', start);
    std::string line = rest.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? rest.size() : nl + 1;
    auto eq = line.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    edits.push_back({line.substr(0, eq), line.substr(eq + 1), "fuzz"});
  }

  yplan::PlanDocument doc;
  std::string err;
  if (!doc.open(src, err)) return 0;
  for (const auto& e : edits) (void)doc.lookup(e.path);
  check_recalc(doc, edits);
  check_reparse(doc, edits);
  yplan::SourceFile applied;
  yplan::yaml::Document applied_tree;
  std::vector<yplan::PlanDocument::EditError> errors;
  if (!doc.apply(edits, applied, applied_tree, errors)) return 0;
  const std::string& out = applied.text;

  yplan::SourceFile after;
  after.path = "after.yaml";
  after.text = out;
  after.index_lines();
  yplan::yaml::Document tree;
  yplan::yaml::ParseError perr;
  if (!yplan::yaml::parse(after, tree, perr)) std::abort();  // an accepted edit broke the YAML
  if (!same_tree(applied_tree, tree)) std::abort();  // the tree apply hands back is not the file's

  // The values assigned (or the null that a new mapping replaces) may change; nothing else.
  std::set<uint32_t> assigned;
  for (const auto& e : edits) {
    std::string p = e.path;
    for (;;) {
      auto l = doc.lookup(p);
      if (l.found) {
        if (p == e.path || doc.tree().node(l.node).kind == Kind::null) assigned.insert(l.node);
        break;
      }
      auto dot = p.rfind('.');
      if (dot == std::string::npos) break;
      p.resize(dot);
    }
  }
  if (!same_values(doc.tree(), doc.tree().root, tree, tree.root, assigned)) std::abort();  // another value changed
  yplan::PlanDocument reread;
  if (!reread.open(after, err)) std::abort();
  for (const auto& e : edits) {
    auto l = reread.lookup(e.path);
    if (!l.found) std::abort();  // an assigned path is not there
    const auto& n = reread.tree().node(l.node);
    if (null_word(e.value) ? n.kind != Kind::null : (n.kind != Kind::scalar || n.text != e.value)) std::abort();
  }
  return 0;
}

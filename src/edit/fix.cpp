// Applying fixes and edits with what follows from them (yplan/fix.hpp): the
// one place `yplan fix`, `yplan set` and the language server share. The
// arithmetic of recalculation is in recalc.cpp.
#include "yplan/fix.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"
#include "yplan/loader.hpp"
#include "yplan/values.hpp"

namespace yplan {

std::string describe(const Rewrite& c) {
  if (c.follows) return trf("{} {} → {} (follows {})", c.path, c.before, c.after, c.cause);
  return trf("{} {} → {} ({})", c.path, c.before, c.after, c.cause);
}

std::string describe(const WrongTotal& w) {
  if (!w.fixable) {
    if (w.owner.empty()) return tr("plan.total was already wrong");
    return trf("the total of {} was already wrong", w.owner);
  }
  if (w.owner.empty()) return tr("plan.total was already wrong; `yplan fix` rewrites it");
  return trf("the total of {} was already wrong; `yplan fix` rewrites it", w.owner);
}

Checked check_document(const SourceFile& src, const yaml::Document& tree, const std::vector<std::string>& offer) {
  Checked c;
  Sink sink(src.path);
  for (const auto& name : offer) sink.offer_fixes(name);
  load_plan(src, tree, c.plan, sink);
  c.loaded = !tree.empty;
  run_checks(c.plan, sink);
  c.diagnostics = std::move(sink.diagnostics());
  return c;
}

std::vector<Diagnostic> new_findings(const std::vector<Diagnostic>& before, const std::vector<Diagnostic>& after) {
  std::map<std::tuple<std::string, std::string, std::string>, int> had;
  for (const auto& d : before) ++had[{d.check, d.path, d.message}];
  std::vector<Diagnostic> out;
  for (const auto& d : after) {
    auto it = had.find({d.check, d.path, d.message});
    if (it != had.end() && it->second > 0) --it->second;
    else out.push_back(d);
  }
  return out;
}

namespace {

// A figure for people: "200,753", "null" for any null (as recalc.cpp says
// it: the file's word, not English in every language), else as written.
std::string shown(std::string_view written) {
  if (written.empty() || written == "null" || written == "~" || written == "Null" || written == "NULL")
    return "null";
  if (auto v = parse_number(written); v && v->integral && !v->overflow) return group_thousands(v->integer);
  return std::string(written);
}

struct Resolved {
  uint32_t node = 0;
  std::string value;  // as it will be written (before YAML quoting)
};

// The existing value a fix names, and the fix's value written like it.
bool resolve_fix(const PlanDocument& doc, const Fix& f, Resolved& r, std::string& why) {
  auto l = doc.lookup(f.path);
  if (!l.found) {
    why = trf("no such value `{}`: {}", f.path, l.problem);
    return false;
  }
  const yaml::Node& n = doc.tree().node(l.node);
  if (n.kind != yaml::Kind::scalar && n.kind != yaml::Kind::null) {
    why = trf("`{}` is not a single value", f.path);
    return false;
  }
  r.node = l.node;
  r.value = f.value;
  auto v = parse_number(f.value);
  if (v && v->integral && !v->overflow) r.value = format_amount_like(v->integer, n.kind == yaml::Kind::scalar ? n.text : "");
  return true;
}

}  // namespace

std::vector<Assignment> fix_assignments(const PlanDocument& doc, const std::vector<Fix>& fixes,
                                        const std::string& cause, std::vector<EditError>& errors,
                                        std::vector<Rewrite>* changes) {
  std::vector<Assignment> out;
  for (const auto& f : fixes) {
    Resolved r;
    std::string why;
    if (!resolve_fix(doc, f, r, why)) {
      errors.push_back({"fix " + cause, why});
      continue;
    }
    const yaml::Node& n = doc.tree().node(r.node);
    if (changes)
      changes->push_back({f.path, shown(n.kind == yaml::Kind::scalar ? n.text : ""), shown(r.value), cause, false,
                          n.pos});
    out.push_back({f.path, r.value, "fix " + cause});
  }
  return out;
}

bool fix_text_edits(const PlanDocument& doc, const std::vector<Fix>& fixes, std::vector<TextEdit>& out,
                    std::vector<EditError>& errors) {
  out.clear();
  const std::string& t = doc.source().text;
  for (const auto& f : fixes) {
    Resolved r;
    std::string why;
    if (!resolve_fix(doc, f, r, why)) {
      errors.push_back({"fix", why});
      continue;
    }
    const yaml::Node& n = doc.tree().node(r.node);
    if (auto span = doc.scalar_span(r.node)) {
      char q = n.kind == yaml::Kind::scalar && n.quoted ? t[span->first] : 0;
      out.push_back({span->first, span->second, yaml_scalar(r.value, doc.in_flow(r.node), q)});
    } else {
      errors.push_back({"fix", trf("`{}` is written over several lines or as nothing at all; fix it by hand", f.path)});
    }
  }
  std::sort(out.begin(), out.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  for (size_t i = 1; i < out.size(); ++i)
    if (out[i].begin < out[i - 1].end) errors.push_back({"fix", tr("two fixes change the same value")});
  return errors.empty();
}

namespace {

void by_position(std::vector<Rewrite>& changes) {
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Rewrite& a, const Rewrite& b) { return a.pos.offset < b.pos.offset; });
}

}  // namespace

namespace {

bool null_word(std::string_view s) { return s == "null" || s == "Null" || s == "NULL" || s == "~"; }

// The tree the edits would give, without writing and parsing the text, when
// every edit replaces an existing single value (the common batch: budgets,
// targets): each node takes the value as YAML will read it back. nullopt when
// an edit adds keys; the caller then parses the edited text. Positions stay
// the old ones: the tree is for recalculation, never for findings.
std::optional<yaml::Document> edited_tree(const PlanDocument& doc, const std::vector<Assignment>& edits) {
  std::vector<std::pair<uint32_t, const Assignment*>> at;
  for (const auto& e : edits) {
    auto l = doc.lookup(e.path);
    if (!l.found) return std::nullopt;
    const yaml::Node& n = doc.tree().node(l.node);
    if ((n.kind != yaml::Kind::scalar && n.kind != yaml::Kind::null) || !doc.scalar_span(l.node)) return std::nullopt;
    at.emplace_back(l.node, &e);
  }
  yaml::Document tree = doc.tree();
  for (const auto& [node, e] : at) {
    yaml::Node& n = tree.nodes[node];
    const bool quoted = n.kind == yaml::Kind::scalar && n.quoted;
    if (null_word(e->value)) {  // yaml_scalar() writes a null word unquoted, whatever the old quotes
      n.kind = yaml::Kind::null;
      n.text.clear();
    } else {
      // yaml_scalar() quotes what would not read back as written; either way the text is the value.
      n.kind = yaml::Kind::scalar;
      n.quoted = quoted || yaml_scalar(e->value, doc.in_flow(node)) != e->value;
      n.text = e->value;
    }
  }
  return tree;
}

// The plan the edits would give, without a tree or a load, when every edit
// rewrites an amount the model holds (a project's, listing's or total's
// budget or previous, by its value node): `before` with those amounts read
// as the loader reads them (read_amount). nullopt when an edit names
// anything else (an id, `partial`, a new key) or the file has aliases (an
// amount may be read through one): the caller loads the edited tree.
std::optional<Plan> patched_plan(const PlanDocument& doc, const Plan& before, const std::vector<Assignment>& edits) {
  for (const auto& n : doc.tree().nodes)
    if (n.kind == yaml::Kind::alias) return std::nullopt;
  Plan plan = before;
  std::unordered_map<uint32_t, AmountField*> at;  // value node offset → the amount read from it
  auto add = [&](AmountField& f) {
    if (f.stated && f.pos.known()) at.emplace(f.pos.offset, &f);
  };
  for (auto& p : plan.projects) add(p.budget), add(p.previous);
  for (auto& s : plan.sections) {
    for (auto& l : s.listings) add(l.budget), add(l.previous);
    if (s.total) add(s.total->budget), add(s.total->previous);
  }
  if (plan.meta.total) add(plan.meta.total->budget), add(plan.meta.total->previous);
  for (const auto& e : edits) {
    auto l = doc.lookup(e.path);
    if (!l.found) return std::nullopt;
    const yaml::Node& n = doc.tree().node(l.node);
    auto it = at.find(n.pos.offset);
    if ((n.kind != yaml::Kind::scalar && n.kind != yaml::Kind::null) || it == at.end()) return std::nullopt;
    yaml::Node now;
    now.pos = n.pos;
    if (!null_word(e.value)) {
      now.kind = yaml::Kind::scalar;
      now.text = e.value;
    }
    *it->second = read_amount(now);
  }
  return plan;
}

}  // namespace

bool edit_plan(const PlanDocument& doc, const std::vector<Assignment>& edits, bool recalc, EditOutcome& out,
               std::vector<EditError>& errors) {
  Checked before = check_document(doc.source(), doc.tree());
  out.before = std::move(before.diagnostics);
  std::vector<Assignment> all = edits;
  if (recalc && before.loaded) {
    // The plan after the edits: the amounts patched in the model when the
    // edits rewrite amounts only, else loaded from the tree patched in
    // place, else from the edited text (parsed once more).
    Plan edited;
    Sink ignored(doc.source().path);
    if (auto plan = patched_plan(doc, before.plan, edits)) {
      edited = std::move(*plan);
    } else if (auto tree = edited_tree(doc, edits)) {
      load_plan(doc.source(), *tree, edited, ignored);
    } else {
      SourceFile text;
      yaml::Document parsed;
      if (!doc.apply(edits, text, parsed, errors)) return false;
      load_plan(text, parsed, edited, ignored);
    }
    Recalculation r = recalculate(doc, before.plan, std::move(edited), edits);
    out.already_wrong = std::move(r.already_wrong);
    all.insert(all.end(), r.derived.begin(), r.derived.end());
    out.changes = std::move(r.changes);
  }
  yaml::Document tree;
  if (!doc.apply(all, out.result, tree, errors, &out.splices)) return false;
  out.after = check_document(out.result, tree).diagnostics;
  by_position(out.changes);
  return true;
}

namespace {

bool selected(const FixOptions& opts, const CheckInfo& c, bool on_request) {
  if (on_request) {
    return c.fix == FixKind::on_request && opts.prefer_project &&
           std::find(opts.checks.begin(), opts.checks.end(), c.name) != opts.checks.end();
  }
  if (c.fix != FixKind::certain) return false;
  return opts.checks.empty() || std::find(opts.checks.begin(), opts.checks.end(), c.name) != opts.checks.end();
}

// The fixes of the selected findings, as assignments (one round).
std::vector<Assignment> round_fixes(const PlanDocument& doc, const std::vector<Diagnostic>& diags,
                                    const FixOptions& opts, bool on_request, std::vector<Rewrite>& changes,
                                    std::vector<EditError>& errors) {
  std::vector<Assignment> out;
  for (const auto& d : diags) {
    const CheckInfo* c = find_check(d.check);
    if (!c || d.fixes.empty() || !selected(opts, *c, on_request)) continue;
    auto a = fix_assignments(doc, d.fixes, d.check, errors, &changes);
    out.insert(out.end(), a.begin(), a.end());
  }
  return out;
}

}  // namespace

bool fix_plan(const PlanDocument& doc, const FixOptions& opts, EditOutcome& out, std::vector<EditError>& errors) {
  std::vector<std::string> offer;
  for (const auto& c : all_checks())
    if (selected(opts, c, true)) offer.emplace_back(c.name);
  Checked first = check_document(doc.source(), doc.tree(), offer);
  out.before = first.diagnostics;
  out.result = doc.source();
  std::vector<Diagnostic> current = std::move(first.diagnostics);
  const PlanDocument* at = &doc;
  PlanDocument middle;

  // Round 1: on-request fixes and those from across years, as an edit that totals follow.
  std::vector<Rewrite> changes;
  auto asked = round_fixes(doc, current, opts, true, changes, errors);
  auto across = round_fixes(doc, opts.across, opts, false, changes, errors);
  asked.insert(asked.end(), across.begin(), across.end());
  if (!errors.empty()) return false;
  if (!asked.empty()) {
    EditOutcome step;
    if (!edit_plan(doc, asked, true, step, errors)) return false;
    out.already_wrong = step.already_wrong;
    changes.insert(changes.end(), step.changes.begin(), step.changes.end());
    by_position(changes);
    std::string why;
    if (!middle.open(step.result, why)) {
      errors.push_back({"fix", why});
      return false;
    }
    at = &middle;
    out.result = step.result;
    current = std::move(step.after);
  }
  out.changes = std::move(changes);

  // Round 2: certain fixes, on the result of round 1.
  std::vector<Rewrite> certain;
  auto fixes = round_fixes(*at, current, opts, false, certain, errors);
  if (!errors.empty()) return false;
  if (fixes.empty()) {
    out.after = std::move(current);
    return true;
  }
  yaml::Document tree;
  if (!at->apply(fixes, out.result, tree, errors)) return false;
  out.after = check_document(out.result, tree).diagnostics;
  by_position(certain);
  out.changes.insert(out.changes.end(), certain.begin(), certain.end());
  return true;
}

}  // namespace yplan

// Recalculation (yplan/fix.hpp): after an edit, mirror listings follow their
// project and every stated total whose sum changes follows its listings, as
// in a spreadsheet. Only values that were right before the edit follow; a
// derived value is written like the value it replaces.
#include <algorithm>
#include <array>
#include <unordered_set>
#include <utility>

#include "yplan/budget.hpp"
#include "yplan/fix.hpp"
#include "yplan/i18n.hpp"
#include "yplan/values.hpp"

namespace yplan {

namespace {

constexpr std::array<const char*, 2> kFields = {"budget", "previous"};

const AmountField& field(const Project& p, size_t f) { return f == 0 ? p.budget : p.previous; }
AmountField& field(Listing& l, size_t f) { return f == 0 ? l.budget : l.previous; }
const AmountField& field(const Listing& l, size_t f) { return f == 0 ? l.budget : l.previous; }
const AmountField& field(const Total& t, size_t f) { return f == 0 ? t.budget : t.previous; }
const Figure& field(const Figures& s, size_t f) { return f == 0 ? s.budget : s.previous; }

// The same figure: both null (or absent), or both the same number.
bool same(const AmountField& a, const AmountField& b) {
  if (a.invalid || b.invalid) return false;
  return a.has() == b.has() && (!a.has() || a.amount->value == b.amount->value);
}

// A null figure as the file writes it ("null → 1,000"): a word such as
// "none" would be English in every language.
std::string shown(const AmountField& f) { return f.has() ? group_thousands(f.amount->value) : std::string("null"); }

// Causes of a change, in first-seen order, without repeats.
struct Causes {
  std::vector<std::string> list;
  std::unordered_set<std::string> seen;
  void add(const std::string& c) {
    if (seen.insert(c).second) list.push_back(c);
  }
  std::string text() const {
    if (list.empty()) return "?";
    if (list.size() == 1) return list[0];
    return fmt::format(fmt::runtime(ntr("{} and {} more", "{} and {} more", list.size() - 1)), list[0],
                       list.size() - 1);
  }
};

class Recalc {
 public:
  Recalc(const PlanDocument& doc, const Plan& before, Plan after, const std::vector<Assignment>& edits)
      : doc_(doc), p0_(before), p2_(std::move(after)), p1_(p2_) {
    for (const auto& e : edits)
      if (auto l = doc.lookup(e.path); l.found) assigned_.insert(l.node);
  }

  Recalculation run() {
    changed_projects();
    mirrors();
    totals();
    std::vector<size_t> order(out_.derived.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return out_.changes[a].pos.offset < out_.changes[b].pos.offset; });
    Recalculation sorted;
    sorted.already_wrong = std::move(out_.already_wrong);
    for (size_t i : order) {
      sorted.derived.push_back(std::move(out_.derived[i]));
      sorted.changes.push_back(std::move(out_.changes[i]));
    }
    return sorted;
  }

 private:
  // The node a path names, if it is exactly the value at `pos` (a path can
  // name another node when ids repeat): nullopt otherwise.
  std::optional<uint32_t> node_at(const std::string& path, const Pos& pos) const {
    auto l = doc_.lookup(path);
    if (!l.found || doc_.tree().node(l.node).pos.offset != pos.offset) return std::nullopt;
    const auto kind = doc_.tree().node(l.node).kind;
    if (kind != yaml::Kind::scalar && kind != yaml::Kind::null) return std::nullopt;
    return l.node;
  }

  // Derives `path` (the value at `old`'s node) = `value`. False when the
  // path does not name that node alone, or the edit assigns it itself.
  bool derive(const std::string& path, const AmountField& old, const AmountField& now, const std::string& cause) {
    auto node = node_at(path, old.pos);
    if (!node || assigned_.count(*node)) return false;
    const yaml::Node& n = doc_.tree().node(*node);
    std::string value = now.has() ? format_amount_like(now.amount->value, n.kind == yaml::Kind::scalar ? n.text : "")
                                  : std::string("null");
    out_.derived.push_back({path, value, tr("recalculation")});
    out_.changes.push_back({path, shown(old), shown(now), cause, true, old.pos});
    return true;
  }

  // Projects whose figure the edit changed (first definitions; same place in both plans).
  void changed_projects() {
    const size_t n = std::min(p0_.projects.size(), p1_.projects.size());
    changed_.assign(p0_.projects.size(), {false, false});
    for (size_t i = 0; i < n; ++i) {
      const Project &a = p0_.projects[i], &b = p1_.projects[i];
      if (a.id.value != b.id.value || p0_.find_project(a.id.value) != static_cast<int>(i)) continue;
      for (size_t f = 0; f < 2; ++f) {
        const AmountField &x = field(a, f), &y = field(b, f);
        if (x.invalid || y.invalid) continue;  // unreadable: nothing follows (value-format says so)
        if (!same(x, y)) changed_[i][f] = true;
      }
    }
  }

  bool project_changed(const std::string& id, size_t f, int& index) const {
    index = p0_.find_project(id);
    return index >= 0 && static_cast<size_t>(index) < changed_.size() && changed_[static_cast<size_t>(index)][f];
  }

  bool same_section(size_t k) const {
    return k < p1_.sections.size() && p0_.sections[k].id.value == p1_.sections[k].id.value &&
           p0_.sections[k].listings.size() == p1_.sections[k].listings.size();
  }

  // A listing that states a project's old figure, and is not partial, takes the new one.
  void mirrors() {
    if (p0_.sections.size() != p1_.sections.size()) return;
    for (size_t k = 0; k < p0_.sections.size(); ++k) {
      if (!same_section(k)) continue;
      const Section& s0 = p0_.sections[k];
      for (size_t j = 0; j < s0.listings.size(); ++j) {
        const Listing& l0 = s0.listings[j];
        Listing& l2 = p2_.sections[k].listings[j];
        if (l0.partial || l2.partial || l0.project.value != l2.project.value) continue;
        // A mirror states the project's old figures, every one it states: a
        // listing that states anything else (⑳'s 170,489) is left whole.
        const int p0 = p0_.find_project(l0.project.value);
        if (p0 < 0) continue;
        bool mirror = true;
        for (size_t f = 0; f < 2; ++f) {
          const AmountField& stated = field(l0, f);
          if (stated.stated && (stated.invalid || !same(stated, field(p0_.projects[static_cast<size_t>(p0)], f))))
            mirror = false;
        }
        if (!mirror) continue;
        for (size_t f = 0; f < 2; ++f) {
          int pi = -1;
          if (!project_changed(l0.project.value, f, pi)) continue;
          const AmountField& old = field(l0, f);
          if (!old.stated || old.invalid || !same(old, field(p0_.projects[static_cast<size_t>(pi)], f))) continue;
          if (!same(field(l2, f), old)) continue;  // the edit set this listing itself
          const std::string project_path = path_of(p0_.projects[static_cast<size_t>(pi)]) + "." + kFields[f];
          const AmountField& now = field(p1_.projects[static_cast<size_t>(pi)], f);
          std::string path = path_of(s0) + ".projects." + l0.project.value + "." + kFields[f];
          if (!derive(path, old, now, project_path) && !derive(listing_index_path(s0, j, f), old, now, project_path))
            continue;  // the file's item cannot be named alone: it stays, and validation says so
          field(l2, f).amount = now.amount;
          mirrored_.insert(&l2);
        }
      }
    }
  }

  // section.X.projects.N.FIELD for the listing at j, when the model's
  // listings line up with the file's items (the loader drops none there).
  std::string listing_index_path(const Section& s, size_t j, size_t f) const {
    return path_of(s) + ".projects." + std::to_string(j) + "." + kFields[f];
  }

  // What a changed listing follows, for the message.
  std::string cause_of(const Section& s, const Listing& l0, const Listing& l2, size_t f) const {
    int pi = -1;
    const bool own = field(l2, f).stated && !mirrored_.count(&l2);
    if (project_changed(l0.project.value, f, pi) && !own && l0.project.value == l2.project.value)
      return path_of(p0_.projects[static_cast<size_t>(pi)]) + "." + kFields[f];
    return path_of(s) + ".projects." + l2.project.value + (field(l2, f).stated ? std::string(".") + kFields[f] : "");
  }

  void totals() {
    const size_t n = p0_.sections.size();
    const bool aligned = n == p2_.sections.size();
    // Causes per section and field, gathered up the tree.
    std::vector<std::array<Causes, 2>> causes(aligned ? n : 0);
    if (aligned) {
      for (size_t k = 0; k < n; ++k) {
        const Section &s0 = p0_.sections[k], &s2 = p2_.sections[k];
        for (size_t j = 0; j < std::max(s0.listings.size(), s2.listings.size()); ++j) {
          const Listing* l0 = j < s0.listings.size() ? &s0.listings[j] : nullptr;
          const Listing* l2 = j < s2.listings.size() ? &s2.listings[j] : nullptr;
          for (size_t f = 0; f < 2; ++f) {
            std::string c;
            if (!l0 || !l2) {
              c = path_of(s2) + ".projects";
            } else {
              Figures a = listing_figures(p0_, *l0), b = listing_figures(p2_, *l2);
              if (a.certain == b.certain && field(a, f) == field(b, f) && l0->partial == l2->partial &&
                  l0->project.value == l2->project.value)
                continue;
              c = cause_of(s2, *l0, *l2, f);
            }
            for (int up = static_cast<int>(k); up >= 0; up = p2_.sections[static_cast<size_t>(up)].parent)
              causes[static_cast<size_t>(up)][f].add(c);
          }
        }
      }
    }
    for (size_t k = 0; aligned && k < n; ++k) {
      const Section &s0 = p0_.sections[k], &s1 = p1_.sections[k];
      if (!s0.total || !s1.total || s0.id.value != s1.id.value) continue;
      if (causes[k][0].list.empty() && causes[k][1].list.empty()) continue;  // nothing under it changed
      const int idx = static_cast<int>(k);
      one_total(*s0.total, section_sum(p0_, idx), section_sum(p2_, idx), path_of(s0) + ".total", s0.id.value, causes[k]);
    }
    if (p0_.meta.total && p1_.meta.total) {
      std::array<Causes, 2> plan_causes;
      for (size_t i = 0; i < changed_.size(); ++i)
        for (size_t f = 0; f < 2; ++f)
          if (changed_[i][f]) plan_causes[f].add(path_of(p0_.projects[i]) + "." + kFields[f]);
      one_total(*p0_.meta.total, project_sum(p0_), project_sum(p2_), "plan.total", "", plan_causes);
    }
  }

  void one_total(const Total& t, const BudgetSum& before, const BudgetSum& after, const std::string& path,
                 const std::string& owner, const std::array<Causes, 2>& causes) {
    for (size_t f = 0; f < 2; ++f) {
      const AmountField& stated = field(t, f);
      if (!stated.stated || stated.invalid) continue;
      // An unknown or overflowing sum is left alone.
      const Figure &was_f = f == 0 ? before.budget : before.previous, &now_f = f == 0 ? after.budget : after.previous;
      if (!was_f.known() || !now_f.known()) continue;
      const int64_t was = was_f.value, now = now_f.value;
      if (was == now) continue;
      const std::string fpath = path + "." + kFields[f];
      // Only a certain sum (BudgetSum::fixable) is ever written.
      const bool certain = before.fixable(static_cast<int>(f)) && after.fixable(static_cast<int>(f));
      if (stated.value_or(0) != was) {  // already wrong: left as it was
        out_.already_wrong.push_back({fpath, owner, certain});
        continue;
      }
      if (!certain) continue;  // a listing of an undefined project: left to a human
      AmountField sum;
      sum.stated = true;
      sum.amount = Amount{now, "", stated.pos};
      derive(fpath, stated, sum, causes[f].text());
    }
  }

  const PlanDocument& doc_;
  const Plan& p0_;
  // The plan after the edit, with the mirrors followed as they are found.
  // A mirror changes only a listing's own figure, after it has been read:
  // p1_ (the plan as edited) reads the same plan.
  Plan p2_;
  const Plan& p1_;
  std::unordered_set<uint32_t> assigned_;
  std::vector<std::array<bool, 2>> changed_;
  std::unordered_set<const Listing*> mirrored_;
  Recalculation out_;
};

}  // namespace

Recalculation recalculate(const PlanDocument& doc, const Plan& before, Plan after,
                          const std::vector<Assignment>& edits) {
  return Recalc(doc, before, std::move(after), edits).run();
}

}  // namespace yplan

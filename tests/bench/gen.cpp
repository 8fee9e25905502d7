// yplan-gen: deterministic synthetic plans for the benchmark (tests/bench/run.sh).
//
//   yplan-gen large FILE [PROJECTS KPIS [REVISION [WRONG]]]  one large plan (default 10,000 projects, 5,000 KPIs)
//   yplan-gen corpus DIR [PLANS]                     PLANS department plans of ~70 KB (default 1,000)
//   yplan-gen batch PLAN N                           N distinct PATH=VALUE lines for `yplan set --from`
//   yplan-gen budgets PROJECTS N                     N project budgets (spread over p0…) for `set --recalc`
//   yplan-gen series DIR [DEPTS YEARS [LINKED]]      DEPTS × YEARS plans (default 20 × 10), each year's
//                                                    plan following the year before (LINKED = 0: no
//                                                    `follows`, the per-file baseline)
//
// Plans are realistic in shape: pillars → policies → measures → directions
// (4 deep), goals on measures, KPIs with 5-year trajectories on directions
// (some cumulative, some open with a note), projects defined once and listed
// 1–3 times, printed totals that add up, Japanese titles and comments.
// REVISION > 0 makes a modified copy (budgets, targets, a few projects
// added and removed, a rename) for the diff benchmark. WRONG = 1 makes every
// printed total wrong (for `yplan fix`). The output depends on
// nothing but the arguments: its own generator, no std::*_distribution.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "yplan/edit.hpp"
#include "yplan/source.hpp"

namespace {

struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
  uint32_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(s >> 33);
  }
  int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint32_t>(hi - lo + 1)); }
};

const char* kWords[] = {"移住", "定住", "人材", "確保", "観光", "交流", "地域", "産業", "振興", "雪対策",
                        "国際", "物流", "情報", "発信", "子育て", "支援", "ＩＣＴ", "利活用", "交通",
                        "ネットワーク", "市町村", "連携", "推進", "強化", "整備", "環境", "農山漁村", "活性化"};
const char* kUnits[] = {"人", "件", "回", "団体", "％", "千人"};

std::string words(Rng& r, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += kWords[r.next() % (sizeof kWords / sizeof *kWords)];
  return s;
}

std::string comma(int64_t v) {
  std::string d = std::to_string(v < 0 ? -v : v), o;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i && (d.size() - i) % 3 == 0) o += ',';
    o += d[i];
  }
  return (v < 0 ? "△" : "") + o;
}

struct Project {
  std::string id, name;
  int64_t budget, previous;
  bool has_previous;
  std::vector<std::string> summary;
};

struct Direction {
  std::vector<size_t> projects;  // indices
  int kpis = 0;
};

// Writes one plan. `projects` and `kpis` set the size; `texts` how many
// issue/response/summary lines a direction carries (the corpus plans are
// text-heavy like the real one, the large plan is numbers-heavy).
void write_plan(std::ostream& out, const std::string& id, uint64_t seed, int n_projects, int n_kpis, int texts,
                int revision, bool wrong = false, const std::string& fiscal_year = "R2",
                const std::string& follows = "") {
  Rng r(seed);
  std::vector<Project> projects(static_cast<size_t>(n_projects));
  for (int i = 0; i < n_projects; ++i) {
    auto& p = projects[static_cast<size_t>(i)];
    p.id = "p" + std::to_string(i);
    p.name = words(r, 3) + "事業費";
    p.budget = r.range(500, 900000);
    p.has_previous = r.range(0, 9) != 0;
    p.previous = p.has_previous ? p.budget + r.range(-p.budget / 3, p.budget / 3) : 0;
    for (int k = 0; k < (texts ? 2 : 1); ++k) p.summary.push_back(words(r, 6) + "の" + words(r, 2));
  }
  // The tree: enough directions for two KPIs each.
  const int n_directions = std::max(1, n_kpis / 2);
  std::vector<Direction> dirs(static_cast<size_t>(n_directions));
  for (int i = 0; i < n_kpis; ++i) dirs[static_cast<size_t>(i % n_directions)].kpis++;
  for (int i = 0; i < n_projects; ++i) {
    int listings = r.range(1, 3);
    std::set<size_t> used;
    for (int k = 0; k < listings; ++k) {
      size_t d = r.next() % static_cast<uint32_t>(n_directions);
      if (used.insert(d).second) dirs[d].projects.push_back(static_cast<size_t>(i));
    }
  }
  if (revision) {
    Rng m(seed + 7919u * static_cast<uint64_t>(revision));
    for (auto& p : projects)
      if (m.range(0, 9) == 0) p.budget += m.range(1, 5000);
    projects[1].id = "p1-renamed";
  }

  out << "# Synthetic plan for yplan's benchmark (tests/bench/gen.cpp). Not real data.\n";
  out << "yplan: 1\nplan:\n  id: " << id << "\n  title: 令和２年度 " << words(r, 2) << "部 主要事業\n";
  out << "  organization: 架空県 " << words(r, 2) << "部\n  fiscal_year: " << fiscal_year << "\n  period: [R2, R6]\n";
  if (!follows.empty()) out << "  follows: " << follows << "\n";
  out << "  budget_unit: 千円\n  status: final\n  basis: 第４次架空県総合発展計画\n\n";
  out << "projects:\n";
  for (size_t i = 0; i < projects.size(); ++i) {
    const auto& p = projects[i];
    if (revision && i % 997 == 5) continue;  // a few projects removed
    out << "  - id: " << p.id << "\n    name: " << p.name << "\n    budget: " << p.budget << "\n";
    out << "    previous: " << (p.has_previous ? std::to_string(p.previous) : "null") << "\n";
    if (!p.has_previous) out << "    category: new\n";
    out << "    summary:\n";
    for (const auto& s : p.summary) out << "      - " << s << "\n";
  }
  if (revision) out << "  - id: added-1\n    name: 新規追加事業費\n    budget: 12345\n    category: new\n";

  // A direction's listings and its printed total (which adds up), at an indentation.
  auto listings = [&](const Direction& dir, const std::string& indent) {
    if (dir.projects.empty()) return;
    out << indent << "projects:\n";
    int64_t b = 0, pv = 0;
    for (size_t pi : dir.projects) {
      const auto& p = projects[pi];
      if (revision && pi % 997 == 5) continue;  // removed in the revision
      out << indent << "  - " << p.id << "\n";
      b += p.budget;
      pv += p.has_previous ? p.previous : 0;
    }
    if (wrong) b += 1 + static_cast<int64_t>(dir.projects.size()), pv -= 1;
    out << indent << "total: {budget: " << b << ", previous: " << pv << "}\n";
  };

  out << "\nsections:\n";
  int kpi_no = 0, goal_no = 0;
  size_t d = 0;
  const int policies = 4, measures = 3;
  const int per_measure = std::max(1, (n_directions + 2 * policies * measures - 1) / (2 * policies * measures));
  for (int pillar = 1; pillar <= 2 && d < dirs.size(); ++pillar) {
    out << "  - id: \"" << (pillar == 1 ? "I" : "II") << "\"\n    label: " << (pillar == 1 ? "Ⅰ" : "Ⅱ")
        << "\n    title: " << words(r, 4) << "\n    sections:\n";
    for (int pol = 1; pol <= policies && d < dirs.size(); ++pol) {
      std::string pid = std::to_string(pillar) + "." + std::to_string(pol);
      out << "      - id: \"" << pid << "\"\n        label: 【" << pol << "】\n        title: " << words(r, 4)
          << "\n        sections:\n";
      for (int mea = 1; mea <= measures && d < dirs.size(); ++mea) {
        std::string mid = pid + "." + std::to_string(mea);
        out << "          - id: \"" << mid << "\"\n            label: (" << mea << ")\n            title: "
            << words(r, 4) << "\n            ref: \"" << pol << "-" << mea << "\"\n";
        int base = r.range(100, 5000);
        out << "            goals:\n              - id: g" << goal_no++ << "\n                name: " << words(r, 3)
            << "の数\n                unit: 人\n                baseline: {year: R1, value: \"" << comma(base)
            << "\"}\n                target: {year: R6, value: \"" << comma(base + r.range(1, 900)) << "\"}\n";
        out << "            sections:\n";
        for (int k = 0; k < per_measure && d < dirs.size(); ++k, ++d) {
          const Direction& dir = dirs[d];
          std::string did = mid + "." + std::to_string(k + 1);
          out << "              # direction " << d + 1 << "\n";
          out << "              - id: \"" << did << "\"\n                label: ○" << d + 1
              << "\n                title: " << words(r, 5) << "\n";
          if (dir.kpis) {
            out << "                kpis:\n";
            for (int q = 0; q < dir.kpis; ++q, ++kpi_no) {
              int v = r.range(10, 100000);
              bool cumulative = kpi_no % 5 == 0;
              out << "                  - id: k" << kpi_no << "\n                    name: " << words(r, 4)
                  << (cumulative ? "（累計）" : "") << "\n                    unit: " << kUnits[kpi_no % 6]
                  << "\n                    direction: increase\n";
              if (cumulative) out << "                    cumulative: true\n";
              if (kpi_no % 6 == 4) v = v % 90;  // a percentage stays within 0–100
              out << "                    baseline: {year: H30, value: \"" << comma(v) << "\"}\n";
              int step = std::max(1, v / 20);
              if (kpi_no % 6 == 4) step = 1;
              if (revision && kpi_no % 101 == 0) step += 1;
              out << "                    targets: {";
              for (int y = 2; y <= 6; ++y) {
                if (y > 2) out << ", ";
                if (y == 2 && kpi_no % 17 == 0)
                  out << "R2: {value: null, note: 感染症の影響により見通すことが困難であるため}";
                else
                  out << "R" << y << ": \"" << comma(v + step * (y - 1)) << "\"";
              }
              out << "}\n";
            }
          }
          for (const char* key : {"issues", "responses"}) {
            if (!texts) break;
            out << "                " << key << ":\n";
            for (int t = 0; t < texts; ++t) out << "                  - " << words(r, 10) << "が必要\n";
          }
          listings(dir, "                ");
        }
      }
    }
  }
  // Any directions left over (very large plans) go under a last pillar.
  if (d < dirs.size()) {
    out << "  - id: \"III\"\n    title: その他\n    sections:\n";
    for (; d < dirs.size(); ++d) {
      const Direction& dir = dirs[d];
      out << "      - id: \"III." << d << "\"\n        title: " << words(r, 5) << "\n";
      if (dir.kpis) {
        out << "        kpis:\n";
        for (int q = 0; q < dir.kpis; ++q, ++kpi_no) {
          int v = r.range(10, 100000);
          out << "          - id: k" << kpi_no << "\n            name: " << words(r, 4) << "\n            unit: 件\n"
              << "            baseline: {year: H30, value: " << v << "}\n            targets: {";
          for (int y = 2; y <= 6; ++y) out << (y > 2 ? ", " : "") << "R" << y << ": " << v + 10 * (y - 1);
          out << "}\n";
        }
      }
      listings(dir, "        ");
    }
  }
}

// N distinct assignments for a plan: every scalar field of every entity set
// to the value it has (as written), then actuals added to KPIs and goals.
int batch(const std::string& path, int n) {
  yplan::SourceFile src;
  std::string err;
  if (!yplan::read_source(path, src, err)) {
    std::cerr << "yplan-gen: " << path << ": " << err << "\n";
    return 2;
  }
  yplan::PlanDocument doc;
  if (!doc.open(src, err)) {
    std::cerr << "yplan-gen: " << err << "\n";
    return 2;
  }
  int written = 0;
  const auto& tree = doc.tree();
  // Every editable scalar below an entity, by its path (listings and ids left out).
  std::function<void(uint32_t, const std::string&)> walk = [&](uint32_t node, const std::string& path) {
    const auto& nd = tree.node(node);
    if (written >= n) return;
    if (nd.kind == yplan::yaml::Kind::scalar) {
      if (doc.scalar_span(node) && nd.text.find('\n') == std::string::npos) {
        std::cout << path << "=" << nd.text << "\n";
        ++written;
      }
    } else if (nd.kind == yplan::yaml::Kind::map) {
      for (size_t i = 0; i + 1 < nd.children.size(); i += 2) {
        const auto& key = tree.node(nd.children[i]).text;
        if (key == "id" || key == "projects" || key == "sections" || key == "kpis" || key == "goals") continue;
        walk(nd.children[i + 1], path + "." + key);
      }
    } else if (nd.kind == yplan::yaml::Kind::sequence) {
      for (size_t k = 0; k < nd.children.size(); ++k) walk(nd.children[k], path + "." + std::to_string(k));
    }
  };
  for (const std::string kind : {"project", "section", "kpi", "goal"})
    for (const auto& id : doc.ids(kind)) walk(doc.lookup(kind + "." + id).node, kind + "." + id);
  // Then new keys: actuals over twelve years (2015–2026) on every KPI and goal,
  // and a note on every entity that has none (block lines after nested lists).
  for (const std::string kind : {"kpi", "goal"})
    for (const auto& id : doc.ids(kind))
      for (int y = 2015; y <= 2026 && written < n; ++y, ++written)
        std::cout << kind << "." << id << ".actuals." << y << "=" << (y - 2000) << "\n";
  for (const std::string kind : {"project", "section", "kpi", "goal"})
    for (const auto& id : doc.ids(kind))
      if (written < n && !doc.lookup(kind + "." + id + ".note").found) {
        std::cout << kind << "." << id << ".note=ベンチマーク用の注記\n";
        ++written;
      }
  if (written < n) {
    std::cerr << "yplan-gen: only " << written << " distinct assignments in " << path << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> a(argv + 1, argv + argc);
  if (a.size() >= 2 && a[0] == "large") {
    int projects = a.size() > 2 ? std::atoi(a[2].c_str()) : 10000;
    int kpis = a.size() > 3 ? std::atoi(a[3].c_str()) : 5000;
    int revision = a.size() > 4 ? std::atoi(a[4].c_str()) : 0;
    bool wrong = a.size() > 5 && std::atoi(a[5].c_str()) != 0;
    std::ofstream out(a[1], std::ios::binary);
    write_plan(out, "large-plan", 42, projects, kpis, 0, revision, wrong);
    return out ? 0 : 2;
  }
  if (a.size() >= 2 && a[0] == "corpus") {
    int plans = a.size() > 2 ? std::atoi(a[2].c_str()) : 1000;
    std::filesystem::create_directories(a[1]);
    for (int i = 0; i < plans; ++i) {
      char name[64];
      std::snprintf(name, sizeof name, "/pref%02d-dept%02d-fy%d.yaml", i % 47 + 1, (i / 47) % 12 + 1, 2020 + i / 564);
      std::ofstream out(a[1] + name, std::ios::binary);
      write_plan(out, "plan-" + std::to_string(i), 1000u + static_cast<uint64_t>(i), 70, 36, 5, 0);
    }
    return 0;
  }
  if (a.size() >= 2 && a[0] == "series") {
    // One department's plans share a seed, so its projects and KPIs recur
    // year after year (revision = the year: budgets move, a few projects come and go).
    int depts = a.size() > 2 ? std::atoi(a[2].c_str()) : 20, years = a.size() > 3 ? std::atoi(a[3].c_str()) : 10;
    bool linked = a.size() <= 4 || std::atoi(a[4].c_str()) != 0;
    std::filesystem::create_directories(a[1]);
    for (int d = 0; d < depts; ++d)
      for (int y = 0; y < years; ++y) {
        char name[64], id[32], before[32];
        std::snprintf(id, sizeof id, "dept%02d-fy%d", d + 1, 2020 + y);
        std::snprintf(before, sizeof before, "dept%02d-fy%d", d + 1, 2019 + y);
        std::snprintf(name, sizeof name, "/%s.yaml", id);
        std::ofstream out(a[1] + name, std::ios::binary);
        write_plan(out, id, 5000u + static_cast<uint64_t>(d), 70, 36, 5, y, false, std::to_string(2020 + y),
                   linked && y > 0 ? before : "");
      }
    return 0;
  }
  if (a.size() == 3 && a[0] == "batch") return batch(a[1], std::atoi(a[2].c_str()));
  if (a.size() == 3 && a[0] == "budgets") {
    // Spread over the projects, each budget raised by a little (a revision of the budget).
    int projects = std::atoi(a[1].c_str()), n = std::atoi(a[2].c_str());
    if (projects < 1 || n < 1 || n > projects) return 2;
    for (int i = 0; i < n; ++i)
      std::cout << "project.p" << static_cast<int64_t>(i) * projects / n << ".budget=" << 1000 + i << "\n";
    return 0;
  }
  std::cerr << "usage: yplan-gen large FILE [PROJECTS KPIS [REVISION [WRONG]]] | corpus DIR [PLANS] | batch PLAN N"
               " | budgets PROJECTS N | series DIR [DEPTS YEARS [LINKED]]\n";
  return 2;
}

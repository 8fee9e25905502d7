// The plan document's page (render_document_html): the cells the issue names,
// exactly as printed.
#include <sstream>

#include "../helpers.hpp"
#include "yplan/report.hpp"

using yplan_test::load;

namespace {

const char* kPlan = R"(yplan: 1
plan:
  id: t
  title: 題名 "</style> & <b>
  fiscal_year: R2
  period: [R2, R3]
projects:
  - id: a
    name: 事業Ａ
    budget: 100
    previous: null
    category: new
    summary: [概要１]
  - id: b
    name: 事業Ｂ
    budget: -20
    previous: 30
    summary: [概要２]
sections:
  - id: "1"
    label: ①
    title: 方向
    kpis:
      - id: k
        name: 指標Ｋ
        unit: 人
        baseline: {year: H30, value: 5}
        targets: {R2: {value: null, note: 見送り}, R3: "1,200"}
    issues: [課題１]
    responses: [対応１, ⇒続き]
    projects:
      - a
      - {project: b, relisted: true, summary: [掲載の概要]}
    total: {budget: 90, previous: 30}
)";

std::string page(yplan::Lang lang, bool with_findings) {
  auto l = load(kPlan);
  REQUIRE(l.parsed);
  yplan::ReportOptions o;
  o.kind = yplan::ReportKind::document;
  o.lang = lang;
  yplan::set_language(lang);
  yplan::PlanReport r;
  REQUIRE(yplan::build_plan_report(l.plan, o, 0, 0, r));
  if (with_findings)
    r.findings.push_back({"t.yaml", 45, 21, "error", "budget-total", "stated total budget 90 differs", "section.1.total.budget"});
  yplan::ReportModel m;
  m.plans.push_back(r);
  std::ostringstream out;
  yplan::render_document_html(out, m, o);
  yplan::set_language(yplan::Lang::en);
  return out.str();
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("document: the project table prints (-), （再掲）, △, the category marked, and a differing 計 flagged") {
  std::string p = page(yplan::Lang::en, true);
  CHECK(has(p, "<tr><td class=\"project\">事業Ａ</td><td class=\"num\">100<br>(-)</td><td class=\"cat\"><span "
               "class=\"on\">new</span><span>revised</span><span>continuing</span></td><td><ul class=\"bullets\">\n"
               "<li>概要１</li>"));
  CHECK(has(p, "<td class=\"project\">事業Ｂ(relisted)</td><td class=\"num\">-20<br>(30)</td>"));
  CHECK(has(p, "<li>掲載の概要</li>"));  // the listing's own summary, not the project's
  CHECK_FALSE(has(p, "概要２"));
  // 計: 90 as stated (the sum is 80), marked after the figure that differs, and the finding in a footnote.
  CHECK(has(p, "<tr class=\"total\"><td>Total</td><td class=\"num\">90<span class=\"flag\">*1</span><br>(30)</td>"));
  CHECK(has(p, "<p class=\"footnote\"><span class=\"mark\">*1</span> Total as printed; t.yaml:45: "
               "error[budget-total]: stated total budget 90 differs</p>"));
}

TEST_CASE("document: without findings the footnote gives the sum; Japanese labels and △") {
  std::string p = page(yplan::Lang::ja, false);
  CHECK(has(p, "<span class=\"mark\">*1</span> 計は記載のとおり。 記載の計が掲載額の合計 80（30）と一致しません</p>"));
  CHECK(has(p, "<td class=\"project\">事業Ｂ（再掲）</td><td class=\"num\">△20<br>(30)</td>"));
  CHECK(has(p, "<p class=\"block-title\">（課題）</p>"));
  CHECK(has(p, "<li>対応１</li>\n<li class=\"cont\">⇒続き</li>"));
}

TEST_CASE("document: the KPI table has the baseline's year, a column per target year, and the ※ notes under it") {
  std::string p = page(yplan::Lang::en, false);
  CHECK(has(p, "<thead><tr><th>Indicator</th><th>Baseline</th><th>R2</th><th>R3</th></tr></thead>"));
  CHECK(has(p, "<tr><td class=\"kpi-name\">指標Ｋ</td><td class=\"num\">5 人<br>（H30）</td><td class=\"num\">－ "
               "※</td><td class=\"num\">1,200 人</td></tr>"));
  CHECK(has(p, "<p class=\"note\">※R2: 見送り</p>"));
}

TEST_CASE("document: the title cannot break out of the running header's CSS string or the page") {
  std::string p = page(yplan::Lang::en, false);
  CHECK(has(p, "@top-center { content: \"題名 \\\"\\3C /style> & \\3C b>\";"));
  CHECK(has(p, "<title>題名 &quot;&lt;/style&gt; &amp; &lt;b&gt;</title>"));
  CHECK(p.find("</style>") == p.rfind("</style>"));  // the one that closes the style element
}

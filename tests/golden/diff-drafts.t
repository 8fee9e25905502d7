$ yplan diff tests/golden/data/findings.yaml tests/golden/data/warning-only.yaml
--- tests/golden/data/findings.yaml
+++ tests/golden/data/warning-only.yaml
plan
  ~ id: golden-findings → golden-warning
  ~ title: 出力形式の試験用計画 → 警告だけの計画
  ~ period: removed (was R2–R4)
projects
  ~ project a  事業Ａ
      previous: removed (was 900)
      no longer listed under 1
  - project b  事業Ｂ, "引用": budget 500
department total (each project once)
  ~ budget: 1,500 → 1,000 (-500, -33.3%)
  ~ previous: 900 → 0 (-900, -100.0%)
KPIs and goals
  - kpi k  指標
sections
  ~ section 1  施策１
      total.budget: removed (was 1,100)
      total.previous: removed (was 900)
[exit 1]

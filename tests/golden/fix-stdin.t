$ yplan fix - < examples/broken/budget-total.yaml
# What is wrong: the total of ② states budget 26,656 where its listings add up
# to 26,566 (two digits swapped), and plan.total states previous 174,289 where
# the projects (each counted once) add up to 176,189. Found by: budget-total.
yplan: 1
plan:
  id: budget-total-example
  title: 令和２年度 みらい企画創造部 主要事業（例）
  fiscal_year: R2
  period: [R2, R6]
  budget_unit: 千円
  total: {budget: 227319, previous: 176189}

projects:
  - id: iju-teiju
    name: 移住定住・人材確保戦略的展開事業費
    budget: 200753
    previous: 155613
  - id: ryugakusei
    name: 留学生受入拡大推進事業費
    budget: 23764
    previous: 12774
  - id: gaikokujin-onestop
    name: 外国人総合相談ワンストップセンター運営事業費
    budget: 2802
    previous: 7802

sections:
  # ① 移住・定住の促進
  - id: "1.1.1"
    label: ①
    title: 移住・定住の促進
    projects:
      - iju-teiju
    total: {budget: 200753, previous: 155613}
  # ② 外国人材の受け入れ拡大
  - id: "1.1.2"
    label: ②
    title: 外国人材の受け入れ拡大
    projects:
      - ryugakusei
      - gaikokujin-onestop
    total: {budget: 26566, previous: 20576}
--- stderr
-: plan.total.previous 174,289 → 176,189 (budget-total)
-: section.1.1.2.total.budget 26,656 → 26,566 (budget-total)
0 errors, 0 warnings in 1 file
[exit 0]

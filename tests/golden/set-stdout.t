$ yplan set - kpi.k.targets.R3=25 kpi.k.actuals.R2=12 < tests/golden/data/set-sample.yaml
yplan: 1
plan: {id: s, title: 標準入力の例, period: [R2, R3]}
sections:
  - id: "1"
    title: 施策
    kpis:
      - id: k
        name: 指標
        targets: {R2: 20, R3: 25}   # R3 to come
        actuals: {R2: 12}
[exit 0]

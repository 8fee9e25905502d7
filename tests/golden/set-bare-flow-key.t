$ yplan set - section.1.total.previous=7 < tests/golden/mistakes/bare-key.yaml
yplan: 1
plan: {id: s, title: 何も書かれていない値の例, period: [R2, R3]}
projects:
  - {id: a, name: 事業, budget: 100, previous: 7}
sections:
  - id: "1"
    title: 施策
    issues:
      -
    projects:
      - a
    total: {budget: 100, previous: 7}
    kpis:
      - id: k
        name: 指標
        ? unit
        targets: {R2: 20, R3}
[exit 0]

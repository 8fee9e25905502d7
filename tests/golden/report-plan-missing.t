$ yplan report --format json tests/golden/data/plan-missing.yaml
--- stderr
yplan: tests/golden/data/plan-missing.yaml:1:1: cannot report: the file holds no plan: missing required `plan:` mapping
[exit 2]

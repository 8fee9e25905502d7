$ yplan fix plans/mirai-2020.yaml --check kpi-gap
--- stderr
yplan: fix: `kpi-gap` offers no fix; the checks that do: budget-total, relisting-mismatch (with --prefer project)
[exit 2]

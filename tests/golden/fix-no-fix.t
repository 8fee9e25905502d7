$ yplan fix plans/mirai-2020.yaml --check kpi-gap
--- stderr
yplan: fix: `kpi-gap` offers no fix; give --check one of: budget-total, relisting-mismatch (with --prefer project), previous-budget (see yplan fix --help)
[exit 2]

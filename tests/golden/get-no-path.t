$ yplan get plans/mirai-2020.yaml
--- stderr
yplan: get: no path given; name one (plan.title, project.ID.budget, kpi.ID.targets.R3 ...) or give --list KIND (see yplan get --help)
[exit 2]

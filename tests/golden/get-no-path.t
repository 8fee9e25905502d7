$ yplan get plans/mirai-2020.yaml
--- stderr
yplan: get: name a path (plan.title, project.ID.budget, kpi.ID.targets.R3 ...) or --list KIND
[exit 2]

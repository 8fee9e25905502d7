$ yplan set plans/mirai-2020.yaml project.nope.budget=1 kpi.portal-access.targets.R3=1
--- stderr
yplan: `project.nope.budget=1`: no such path `project.nope.budget`: no project `nope`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

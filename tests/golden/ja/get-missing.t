$ yplan get --lang ja plans/mirai-2020.yaml kpi.portal-access.targets.R9 project.iju-teijyu.budget
--- stderr
yplan: plans/mirai-2020.yaml: パス `kpi.portal-access.targets.R9` はありません: `kpi.portal-access.targets` に `R9` はありません。最も近い既存のパスは `kpi.portal-access.targets.R2` です
yplan: plans/mirai-2020.yaml: パス `project.iju-teijyu.budget` はありません: project `iju-teijyu` はありません。最も近い既存のパスは `project.iju-teiju.budget` です
[exit 1]

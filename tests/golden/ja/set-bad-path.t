$ yplan set --lang ja plans/mirai-2020.yaml project.nope.budget=1 kpi.portal-access.targes.R3=1
--- stderr
yplan: `project.nope.budget=1`: パス `project.nope.budget` はありません: project `nope` はありません
yplan: set: 何も書き込んでいません。'plans/mirai-2020.yaml' は変更していません
[exit 1]

$ yplan diff plans/mirai-2020.yaml - < examples/diff/mirai-2020-revised.yaml --stat
projects: 1 added, 1 removed, 1 renamed, 2 changed
department total (each project once): 2 changed
KPIs and goals: 1 changed
sections: 5 changed
[exit 1]

$ yplan get plans/mirai-2020.yaml kpi.portal-acess.targets.R3 section.1.1.9.total project.iju-teiju.budjet
--- stderr
yplan: plans/mirai-2020.yaml: no such path `kpi.portal-acess.targets.R3`: no kpi `portal-acess`; the nearest existing path is `kpi.portal-access.targets.R3`
yplan: plans/mirai-2020.yaml: no such path `section.1.1.9.total`: no section `1.1.9`; the nearest existing path is `section.1.1.1.total`
yplan: plans/mirai-2020.yaml: no such path `project.iju-teiju.budjet`: `project.iju-teiju` has no `budjet`; the nearest existing path is `project.iju-teiju.budget`
[exit 1]

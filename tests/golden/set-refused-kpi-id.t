$ yplan set --dry-run plans/mirai-2020.yaml kpi.portal-access.id=portal
--- stderr
yplan: `kpi.portal-access.id=portal`: `kpi.portal-access.id` is the id the path names `portal-access` by: after the edit the path names nothing; to change the id, name it by its place: `section.1.1.1.kpis.0.id=portal`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

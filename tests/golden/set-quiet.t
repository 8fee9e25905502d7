$ yplan set --quiet plans/mirai-2020.yaml kpi.portal-access.targets.R3=130,000
--- stderr
yplan: set: refused: the edit would bring 1 new error (--force writes anyway); 'plans/mirai-2020.yaml' is unchanged
[exit 1]

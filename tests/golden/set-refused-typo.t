$ yplan set plans/mirai-2020.yaml kpi.portal-access.targes.R3=1
--- stderr
plans/mirai-2020.yaml:251:1: error[schema]: unknown key `targes` in a KPI; did you mean `targets`?
yplan: set: refused: the edit would bring 1 new error (--force writes anyway); 'plans/mirai-2020.yaml' is unchanged
[exit 1]

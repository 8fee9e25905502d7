$ yplan set plans/mirai-2020.yaml kpi.portal-access.targets.R3=130,000
--- stderr
plans/mirai-2020.yaml:250:65: error[kpi-direction]: target R4 120,000 falls below R3's 130,000 but KPI `portal-access` should increase
yplan: set: refused: the edit would bring 1 new error (--force writes anyway); 'plans/mirai-2020.yaml' is unchanged
[exit 1]

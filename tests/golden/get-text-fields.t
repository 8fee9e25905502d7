$ yplan get plans/mirai-2020.yaml section.1.1.1.label section.I.label plan.period.0 kpi.portal-access.targets.R3 goal.social-migration.baseline.value
①
Ⅰ
R2
118000
-4543
[exit 0]

$ yplan get plans/mirai-2020.yaml goal.social-migration.baseline.value kpi.portal-access.targets.R3 --raw
△４，５４３
118,000
[exit 0]

$ yplan get plans/mirai-2020.yaml project.iju-teiju.budget kpi.portal-access.targets.2021 goal.social-migration.baseline.value section.1.1.1.total.budget plan.title
200753
118000
-4543
200753
令和２年度 みらい企画創造部 主要事業
[exit 0]

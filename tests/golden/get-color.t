$ yplan get --color never plans/mirai-2020.yaml plan.title
令和２年度 みらい企画創造部 主要事業
[exit 0]

$ yplan get plans/mirai-2020.yaml --list kpi --format json
--- stderr
yplan: get: --format has no effect with --list; drop one of them (see yplan get --help)
[exit 2]

$ yplan report --format csv --width 80 plans/mirai-2020.yaml
--- stderr
yplan: report: --width has no effect with --format csv; drop one of them (see yplan report --help)
[exit 2]

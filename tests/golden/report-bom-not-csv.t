$ yplan report --bom plans/mirai-2020.yaml
--- stderr
yplan: report: --bom applies to --format csv only; add --format csv, or drop --bom (see yplan report --help)
[exit 2]

$ yplan report -w 80 plans/mirai-2020.yaml
--- stderr
yplan: report: unknown option '-w'; did you mean '--width'? (see yplan report --help)
[exit 2]

$ yplan report plans/mirai-2020.yaml --strict --no-check
--- stderr
yplan: report: --strict needs the checks; drop --no-check (see yplan report --help)
[exit 2]

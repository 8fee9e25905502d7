$ yplan report plans/mirai-2020.yaml --format pdf -o x.pdf
--- stderr
yplan: report: --format pdf prints the plan document; add --kind document (see yplan report --help)
[exit 2]

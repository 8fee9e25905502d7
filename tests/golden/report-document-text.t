$ yplan report plans/mirai-2020.yaml --kind document
--- stderr
yplan: report: --kind document is printed as html or pdf, not text; add --format html or --format pdf (see yplan report --help)
[exit 2]

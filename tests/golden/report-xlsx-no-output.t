$ yplan report plans/mirai-2020.yaml --format xlsx
--- stderr
yplan: report: --format xlsx writes a binary workbook; give -o FILE (or -o - to send it to a pipe) (see yplan report --help)
[exit 2]

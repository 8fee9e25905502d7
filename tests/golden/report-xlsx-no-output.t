$ yplan report plans/mirai-2020.yaml --format xlsx
--- stderr
yplan: --format xlsx writes a binary workbook: give -o FILE (or -o - to send it to a pipe)
[exit 2]

$ yplan report plans/mirai-2020.yaml --kind document --format pdf
--- stderr
yplan: report: --format pdf writes a binary document; give -o FILE (or -o - to send it to a pipe) (see yplan report --help)
[exit 2]

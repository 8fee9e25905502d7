$ yplan diff --quiet plans/mirai-2020.yaml examples/diff/mirai-2020-revised.yaml
[exit 1]

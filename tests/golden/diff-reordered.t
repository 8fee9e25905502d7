$ yplan diff plans/mirai-2020.yaml examples/diff/mirai-2020-reordered.yaml
[exit 0]

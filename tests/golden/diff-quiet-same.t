$ yplan diff -q plans/mirai-2020.yaml plans/mirai-2020.yaml
[exit 0]

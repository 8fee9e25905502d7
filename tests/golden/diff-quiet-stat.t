$ yplan diff --quiet --stat plans/mirai-2020.yaml plans/mirai-2020.yaml
--- stderr
yplan: diff: --stat has no effect with --quiet; drop one of them (see yplan diff --help)
[exit 2]

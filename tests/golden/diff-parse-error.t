$ yplan diff tests/golden/data/not-yaml.yaml plans/mirai-2020.yaml
--- stderr
yplan: diff: the old side tests/golden/data/not-yaml.yaml:5:1 does not parse: end of sequence flow not found
[exit 2]

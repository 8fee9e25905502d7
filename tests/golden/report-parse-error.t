$ yplan report tests/golden/data/not-yaml.yaml
--- stderr
yplan: tests/golden/data/not-yaml.yaml:5:1: cannot report: the file does not parse: end of sequence flow not found
[exit 2]

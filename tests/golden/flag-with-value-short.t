$ yplan validate -q=1 plans/mirai-2020.yaml
--- stderr
yplan: validate: -q takes no value; remove `=1` (see yplan validate --help)
[exit 2]

$ yplan validate -q --format json plans/mirai-2020.yaml
--- stderr
yplan: validate: --quiet has no effect with --format json; drop one of them (see yplan validate --help)
[exit 2]

$ yplan fix -c x plans/mirai-2020.yaml
--- stderr
yplan: fix: unknown option '-c'; correct it or remove it (see yplan fix --help)
[exit 2]

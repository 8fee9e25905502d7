$ yplan get plans/mirai-2020.yaml --list project --raw
--- stderr
yplan: get: --raw has no effect with --list; drop one of them (see yplan get --help)
[exit 2]

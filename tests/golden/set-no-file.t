$ yplan set
--- stderr
yplan: set: no plan given; name the plan file (or - for standard input), then PATH=VALUE assignments or --from FILE (see yplan set --help)
[exit 2]

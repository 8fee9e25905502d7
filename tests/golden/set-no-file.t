$ yplan set
--- stderr
yplan: set: name the plan file (or - for standard input), then PATH=VALUE assignments or --from FILE
[exit 2]

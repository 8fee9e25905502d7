$ yplan fix -o x
--- stderr
yplan: fix: unknown option '-o'; correct it or remove it (see yplan fix --help)
[exit 2]

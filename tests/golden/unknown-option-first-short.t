$ yplan -v
--- stderr
yplan: unknown option '-v'; did you mean '--version'? (see yplan --help)
[exit 2]

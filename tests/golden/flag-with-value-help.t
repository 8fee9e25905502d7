$ yplan get --help=x
--- stderr
yplan: get: --help takes no value; remove `=x` (see yplan get --help)
[exit 2]

$ yplan --version=x
--- stderr
yplan: --version takes no value; remove `=x` (see yplan --help)
[exit 2]

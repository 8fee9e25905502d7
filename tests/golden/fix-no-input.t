$ yplan fix
--- stderr
yplan: fix: no plan given; name plan files or directories to fix (or - for standard input) (see yplan fix --help)
[exit 2]

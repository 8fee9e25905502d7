$ yplan validate
--- stderr
yplan: validate: no plan given; name plan files or directories to check (or - for standard input) (see yplan validate --help)
[exit 2]

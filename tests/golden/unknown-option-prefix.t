$ yplan validate --list
--- stderr
yplan: validate: unknown option '--list'; did you mean '--list-checks'? (see yplan validate --help)
[exit 2]

$ yplan --verison
--- stderr
yplan: unknown option '--verison'; did you mean '--version'? (see yplan --help)
[exit 2]

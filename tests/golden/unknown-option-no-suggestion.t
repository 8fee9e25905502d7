$ yplan validate --zzzzzz plans/
--- stderr
yplan: validate: unknown option '--zzzzzz'; correct it or remove it (see yplan validate --help)
[exit 2]

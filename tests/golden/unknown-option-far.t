$ yplan validate --bogus
--- stderr
yplan: validate: unknown option '--bogus'; correct it or remove it (see yplan validate --help)
[exit 2]

$ yplan validate --formt json plans/
--- stderr
yplan: validate: unknown option '--formt'; did you mean '--format'? (see yplan validate --help)
[exit 2]

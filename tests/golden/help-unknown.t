$ yplan help valdate
--- stderr
yplan: help: no subcommand 'valdate'; did you mean 'validate'? (see yplan --help)
[exit 2]

$ yplan help valdate
--- stderr
yplan: help: no subcommand 'valdate'; did you mean 'validate'?
Run 'yplan --help' for the list of subcommands.
[exit 2]

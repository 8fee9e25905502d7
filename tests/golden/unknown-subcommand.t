$ yplan validat plans/
--- stderr
yplan: unknown subcommand 'validat'; did you mean 'validate'? (see yplan --help)
[exit 2]

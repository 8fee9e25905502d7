$ yplan validat plans/
--- stderr
yplan: unknown subcommand 'validat'; did you mean 'validate'?
Run 'yplan --help' for the list of subcommands.
[exit 2]

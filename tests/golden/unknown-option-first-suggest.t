$ yplan --verison
--- stderr
yplan: unknown option '--verison'; did you mean '--version'?
Run 'yplan --help' for the list of subcommands.
[exit 2]

$ yplan 
--- stderr
yplan: name a subcommand: validate, report, diff, get, set, fix, schema, lsp, help, version
Run 'yplan --help' for the list of subcommands.
[exit 2]

$ yplan 
--- stderr
yplan: no subcommand given; name one of: validate, report, diff, get, set, fix, schema, lsp, help, version (see yplan --help)
[exit 2]

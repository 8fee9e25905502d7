$ yplan 
--- stderr
yplan: no subcommand given; name one of: validate, report, diff, get, set, fix, export, import, schema, lsp, help, version (see yplan --help)
[exit 2]

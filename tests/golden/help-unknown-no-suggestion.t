$ yplan help zzzzzz
--- stderr
yplan: help: no subcommand 'zzzzzz'; name one of: validate, report, diff, get, set, fix, export, import, schema, lsp, help, version (see yplan --help)
[exit 2]

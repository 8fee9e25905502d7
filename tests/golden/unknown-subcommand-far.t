$ yplan foo plans/mirai-2020.yaml
--- stderr
yplan: unknown subcommand 'foo'; name one of: validate, report, diff, get, set, fix, export, import, schema, lsp, help, version (see yplan --help)
[exit 2]

$ yplan --lang ja
--- stderr
yplan: サブコマンドが指定されていません。次のいずれかを指定してください: validate, report, diff, get, set, fix, export, import, schema, lsp, help, version（yplan --help を参照）
[exit 2]

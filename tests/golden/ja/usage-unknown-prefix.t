$ yplan validate --lang ja --list
--- stderr
yplan: validate: オプション '--list' はありません。'--list-checks' の誤りではありませんか？（yplan validate --help を参照）
[exit 2]

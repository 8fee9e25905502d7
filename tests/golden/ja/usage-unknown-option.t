$ yplan validate --lang ja --formt json plans/
--- stderr
yplan: validate: オプション '--formt' はありません。'--format' の誤りではありませんか？（yplan validate --help を参照）
[exit 2]

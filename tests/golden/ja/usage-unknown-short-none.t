$ yplan fix --lang ja -o x
--- stderr
yplan: fix: オプション '-o' はありません。正しく直すか、取り除いてください（yplan fix --help を参照）
[exit 2]

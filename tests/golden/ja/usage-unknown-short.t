$ yplan report --lang ja -w 80 plans/mirai-2020.yaml
--- stderr
yplan: report: オプション '-w' はありません。'--width' の誤りではありませんか？（yplan report --help を参照）
[exit 2]

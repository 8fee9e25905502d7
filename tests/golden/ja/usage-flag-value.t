$ yplan set --lang ja plans/mirai-2020.yaml --recalc=maybe plan.title=x
--- stderr
yplan: set: --recalc は値を取りません。`=maybe` を取り除いてください（yplan set --help を参照）
[exit 2]

$ yplan set plans/mirai-2020.yaml --recalc=maybe plan.title=x
--- stderr
yplan: set: --recalc takes no value; remove `=maybe` (see yplan set --help)
[exit 2]

$ yplan set plans/mirai-2020.yaml --recalc=true plan.title=x
--- stderr
yplan: set: --recalc takes no value; remove `=true` (see yplan set --help)
[exit 2]

$ yplan diff plans/mirai-2020.yaml plans/nope.yaml
--- stderr
yplan: diff: cannot read the new side 'plans/nope.yaml': No such file or directory
[exit 2]

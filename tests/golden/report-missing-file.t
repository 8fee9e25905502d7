$ yplan report plans/nope.yaml
--- stderr
yplan: cannot read 'plans/nope.yaml': No such file or directory
[exit 2]

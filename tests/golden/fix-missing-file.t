$ yplan fix no-such-plan.yaml
0 errors, 0 warnings in 0 files
--- stderr
yplan: cannot read 'no-such-plan.yaml': No such file or directory
[exit 2]

$ yplan set plans/mirai-2020.yaml --dry-run -o /tmp/never-written.yaml plan.title=x
--- stderr
yplan: set: -o has no effect with --dry-run; drop one of them (see yplan set --help)
[exit 2]

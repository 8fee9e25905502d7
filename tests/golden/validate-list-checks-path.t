$ yplan validate --list-checks plans/mirai-2020.yaml
--- stderr
yplan: validate: --list-checks lists the checks and reads no plan; drop `plans/mirai-2020.yaml` or --list-checks (see yplan validate --help)
[exit 2]

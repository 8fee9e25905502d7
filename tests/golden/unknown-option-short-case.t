$ yplan validate -Q plans/mirai-2020.yaml
--- stderr
yplan: validate: unknown option '-Q'; did you mean '-q'? (see yplan validate --help)
[exit 2]

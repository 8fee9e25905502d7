$ yplan report plans/mirai-2020.yaml --section 1.1.9
--- stderr
yplan: plans/mirai-2020.yaml: no section `1.1.9`; did you mean `1.1.1`?
[exit 2]

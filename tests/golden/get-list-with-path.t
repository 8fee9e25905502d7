$ yplan get plans/mirai-2020.yaml --list project plan.id
--- stderr
yplan: get: --list prints the ids of a kind and reads no path; drop `plan.id` or --list (see yplan get --help)
[exit 2]

$ yplan get
--- stderr
yplan: get: no plan given; name the plan file (or - for standard input), then paths such as plan.title or project.ID.budget (see yplan get --help)
[exit 2]

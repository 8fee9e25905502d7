$ yplan get
--- stderr
yplan: get: name the plan file (or - for standard input), then paths such as plan.title or project.ID.budget
[exit 2]

$ yplan set plans/mirai-2020.yaml project.iju-teiju.budget
--- stderr
yplan: set: `project.iju-teiju.budget` is not PATH=VALUE; write the path, =, and the value (project.ID.budget=1000) (see yplan set --help)
[exit 2]

$ yplan set plans/mirai-2020.yaml project.iju-teiju.budget
--- stderr
yplan: set: `project.iju-teiju.budget` is not PATH=VALUE
[exit 2]

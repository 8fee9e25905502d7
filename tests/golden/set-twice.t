$ yplan set plans/mirai-2020.yaml project.iju-teiju.budget=1 project.iju-teiju.budget=2
--- stderr
yplan: `project.iju-teiju.budget=2`: `project.iju-teiju.budget` is already assigned by `project.iju-teiju.budget=1`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

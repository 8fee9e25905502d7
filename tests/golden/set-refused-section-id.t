$ yplan set --dry-run plans/mirai-2020.yaml section.1.1.2.id=1.1.9
--- stderr
yplan: `section.1.1.2.id=1.1.9`: `section.1.1.2.id` is the id the path names `1.1.2` by: after the edit the path names nothing; to change the id, name it by its place: `section.1.1.sections.1.id=1.1.9`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

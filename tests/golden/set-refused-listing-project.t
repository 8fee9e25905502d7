$ yplan set --dry-run plans/mirai-2020.yaml section.1.1.2.projects.iju-teiju.project=sogo-keikaku
--- stderr
yplan: `section.1.1.2.projects.iju-teiju.project=sogo-keikaku`: `section.1.1.2.projects.iju-teiju.project` names the listing of project `iju-teiju` by that id: assigning to it changes which project it lists, and the path then names nothing; set one of the listing's fields (budget, previous, partial, note) instead, or name the listing by its place: `section.1.1.2.projects.0.project=sogo-keikaku`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

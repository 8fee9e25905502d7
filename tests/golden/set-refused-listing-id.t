$ yplan set --dry-run plans/mirai-2020.yaml section.1.1.1.projects.iju-teiju=sogo-keikaku
--- stderr
yplan: `section.1.1.1.projects.iju-teiju=sogo-keikaku`: `section.1.1.1.projects.iju-teiju` names the listing of project `iju-teiju` by that id: assigning to it changes which project it lists, and the path then names nothing; to list another project there, name the listing by its place: `section.1.1.1.projects.0=sogo-keikaku`
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

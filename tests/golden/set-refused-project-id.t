$ yplan set --dry-run plans/mirai-2020.yaml project.iju-teiju.id=iju
--- stderr
yplan: `project.iju-teiju.id=iju`: `project.iju-teiju.id` is the id the path names project `iju-teiju` by: after the edit the path names nothing; to rename the project, name it by its place, `projects.0.id=iju`, and rename its listings too (an editor's rename through `yplan lsp` does both)
yplan: set: nothing written; 'plans/mirai-2020.yaml' is unchanged
[exit 1]

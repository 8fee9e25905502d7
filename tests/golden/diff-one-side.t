$ yplan diff plans/mirai-2020.yaml
--- stderr
yplan: diff: name two versions: OLD NEW (files, - for stdin, or REV:PATH), or --git REV PATH
[exit 2]

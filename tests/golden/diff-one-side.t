$ yplan diff plans/mirai-2020.yaml
--- stderr
yplan: diff: two versions are needed, 1 given; name OLD NEW (files, - for stdin, or REV:PATH), or give --git REV PATH (see yplan diff --help)
[exit 2]

$ yplan report --colour never plans/
--- stderr
yplan: report: unknown option '--colour'; did you mean '--color'? (see yplan report --help)
[exit 2]

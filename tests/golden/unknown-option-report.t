$ yplan report --colour never plans/
--- stderr
yplan: report: unknown option '--colour'; did you mean '--color'?
Run 'yplan report --help' for its options.
[exit 2]

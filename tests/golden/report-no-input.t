$ yplan report
--- stderr
yplan: report: no plan given; name plan files or directories to report on (or - for standard input) (see yplan report --help)
[exit 2]

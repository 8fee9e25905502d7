$ yplan report
--- stderr
yplan: report: name plan files or directories to report on (or - for standard input)
[exit 2]

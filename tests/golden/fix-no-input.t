$ yplan fix
--- stderr
yplan: fix: name plan files or directories to fix (or - for standard input)
[exit 2]

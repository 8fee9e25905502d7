$ yplan validate
--- stderr
yplan: validate: name plan files or directories to check (or - for standard input)
[exit 2]

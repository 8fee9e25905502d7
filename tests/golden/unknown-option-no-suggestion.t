$ yplan validate --zzzzzz plans/
--- stderr
yplan: validate: unknown option '--zzzzzz'
Run 'yplan validate --help' for its options.
[exit 2]

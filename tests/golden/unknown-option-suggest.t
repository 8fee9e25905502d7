$ yplan validate --formt json plans/
--- stderr
yplan: validate: unknown option '--formt'; did you mean '--format'?
Run 'yplan validate --help' for its options.
[exit 2]

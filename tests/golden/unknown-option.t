$ yplan --bogus validate plans/
--- stderr
yplan: unknown option '--bogus'; put a subcommand's options after the subcommand (see yplan --help)
[exit 2]

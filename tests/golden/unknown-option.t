$ yplan --bogus validate plans/
--- stderr
yplan: unknown option '--bogus'; options go after the subcommand
Run 'yplan --help' for the list of subcommands.
[exit 2]

$ yplan validate --list-checks --strict
--- stderr
yplan: validate: --strict has no effect with --list-checks; drop one of them (see yplan validate --help)
[exit 2]

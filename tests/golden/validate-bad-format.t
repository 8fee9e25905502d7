$ yplan validate --format xml plans/
--- stderr
yplan: --format: xml not in {text,json,github,junit}
Run with --help for more information.
[exit 2]

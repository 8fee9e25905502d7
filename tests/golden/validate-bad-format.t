$ yplan validate --format xml plans/
--- stderr
yplan: --format: xml not in {text,json,github,junit,sarif}
Run with --help for more information.
[exit 2]

$ yplan validate --format xml plans/
--- stderr
yplan: validate: --format: `xml` is not allowed; give one of text, json, github, junit, sarif (see yplan validate --help)
[exit 2]

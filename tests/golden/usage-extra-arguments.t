$ yplan version foo bar
--- stderr
yplan: version: unexpected arguments `foo`, `bar`; remove them (see yplan version --help)
[exit 2]

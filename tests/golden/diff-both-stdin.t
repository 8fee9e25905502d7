$ yplan diff - -
--- stderr
yplan: diff: both sides are - (standard input); name a file for one of them (see yplan diff --help)
[exit 2]

$ yplan report --format
--- stderr
yplan: report: --format needs a value; give FORMAT after it (see yplan report --help)
[exit 2]

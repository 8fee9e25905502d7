$ yplan report --format
--- stderr
yplan: report: --format needs a value: FORMAT
Run 'yplan report --help' for its options.
[exit 2]

$ yplan report --width abc plans/
--- stderr
yplan: report: --width: `abc` is not a number; give a whole number from 20 to 1000 (see yplan report --help)
[exit 2]

$ yplan report --width 5 plans/
--- stderr
yplan: report: --width: 5 is out of range; give a whole number from 20 to 1000 (see yplan report --help)
[exit 2]

$ yplan report --width abc plans/
--- stderr
yplan: --width: `abc` is not a number; give a whole number from 20 to 1000
Run with --help for more information.
[exit 2]

$ yplan validate -j x plans/
--- stderr
yplan: --jobs: `x` is not a number; give a whole number from 1 to 1024
Run with --help for more information.
[exit 2]

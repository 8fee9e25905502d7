$ yplan validate -j x plans/
--- stderr
yplan: validate: --jobs: `x` is not a number; give a whole number from 1 to 1024 (see yplan validate --help)
[exit 2]

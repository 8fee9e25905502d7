$ yplan validate --skip budget-totl plans/
--- stderr
yplan: validate: --skip: unknown check `budget-totl` (did you mean `budget-total`?); `yplan validate --list-checks` names them all (see yplan validate --help)
[exit 2]

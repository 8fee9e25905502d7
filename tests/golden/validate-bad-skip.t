$ yplan validate --skip budget-totl plans/
--- stderr
yplan: --skip: unknown check `budget-totl` (did you mean `budget-total`?); `yplan validate --list-checks` names them all
Run with --help for more information.
[exit 2]

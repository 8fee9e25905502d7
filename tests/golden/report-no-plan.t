$ yplan report - <<< '# comments only: no plan in it'
--- stderr
yplan: -:1:1: cannot report: the file holds no plan: the file is empty; a plan starts with `yplan: 1` and `plan:`
[exit 2]

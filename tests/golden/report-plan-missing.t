$ yplan report --format json - <<< 'yplan: 1'
--- stderr
yplan: -:1:1: cannot report: the file holds no plan: missing required `plan:` mapping
[exit 2]

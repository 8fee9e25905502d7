$ yplan report examples/broken/budget-total.yaml --kind document --format pdf --strict -o /nonexistent/x.pdf
--- stderr
yplan: examples/broken/budget-total.yaml:11:37: not reported: the plan has 2 errors (--strict), the first: stated total previous 174,289 differs from the sum of the projects (each counted once), 176,189 (difference -1,900)
[exit 1]

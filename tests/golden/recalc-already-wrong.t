$ yplan set tests/golden/fix-data/fix-uncertain.yaml --recalc project.b.budget=2100
--- stderr
tests/golden/fix-data/fix-uncertain.yaml:42:21: error[budget-total]: stated total budget 1,500 differs from the sum of the listings, 3,100 (difference -1,600)
tests/golden/fix-data/fix-uncertain.yaml:47:25: error[budget-total]: stated total budget 2,500 differs from the sum of the listings, 2,100 (difference +400)
yplan: set: the total of 4 was already wrong
yplan: set: the total of 4.1 was already wrong; `yplan fix` rewrites it
yplan: set: refused: the edit would bring 2 new errors (--force writes anyway); 'tests/golden/fix-data/fix-uncertain.yaml' is unchanged
[exit 1]

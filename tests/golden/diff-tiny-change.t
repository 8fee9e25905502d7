$ yplan diff tests/golden/percent/tiny-change.yaml - < <(sed 's/budget: 1000001/budget: 1000002/; s/budget: 999600/budget: 999599/' tests/golden/percent/tiny-change.yaml)
--- tests/golden/percent/tiny-change.yaml
+++ -
projects
  ~ project koho  広報事業費
      budget: 1,000,001 → 1,000,002 (+1, +<0.1%)
  ~ project kotsu  交通対策事業費
      budget: 999,600 → 999,599 (-1, -<0.1%)
[exit 1]

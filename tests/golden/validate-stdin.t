$ yplan validate - < tests/golden/data/findings.yaml
-:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
-:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
-:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
2 errors, 1 warning in 1 file
[exit 1]

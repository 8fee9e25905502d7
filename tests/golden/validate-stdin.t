$ yplan validate - < tests/golden/data/findings.yaml
-:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
  help: list it under the section it serves, or remove it
-:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
  help: fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
-:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
  help: fix the key, add the field, or write the value in the expected form
2 errors, 1 warning in 1 file
[exit 1]

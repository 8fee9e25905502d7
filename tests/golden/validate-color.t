$ yplan validate --color always tests/golden/data/findings.yaml
[1mtests/golden/data/findings.yaml:14:9:[0m [1;33mwarning[unlisted-project]:[0m project `b` is defined but no section lists it
  [1;36mhelp:[0m list it under the section it serves, or remove it
[1mtests/golden/data/findings.yaml:23:21:[0m [1;31merror[budget-total]:[0m stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
  [1;36mhelp:[0m fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
[1mtests/golden/data/findings.yaml:29:9:[0m [1;31merror[schema]:[0m unknown key `target` in a KPI; did you mean `targets`?
  [1;36mhelp:[0m fix the key, add the field, or write the value in the expected form
2 errors, 1 warning in 1 file
[exit 1]

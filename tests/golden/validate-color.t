$ yplan validate --color always tests/golden/data/findings.yaml
[1mtests/golden/data/findings.yaml:14:9:[0m [1;33mwarning[unlisted-project]:[0m project `b` is defined but no section lists it
  [1;36mhelp:[0m list it under the section it serves, or remove it
[1mtests/golden/data/findings.yaml:23:21:[0m [1;31merror[budget-total]:[0m stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
  [1;36mhelp:[0m fix the total, or the figure that is wrong; list a project that only partly belongs here with `partial: true` and its part
[1mtests/golden/data/findings.yaml:25:9:[0m [1;33mwarning[kpi-gap]:[0m KPI `k` has no target for R2, R3, R4 (period R2–R4); give a value, or {value: null, note: …} to say why it is open
  [1;36mhelp:[0m give the value, or write {value: null, note: …} to say why the target is open
[1mtests/golden/data/findings.yaml:29:9:[0m [1;31merror[schema]:[0m unknown key `target` in a KPI; did you mean `targets`?
  [1;36mhelp:[0m fix the key, add the field, or write the value in the expected form
2 errors, 2 warnings in 1 file
[exit 1]

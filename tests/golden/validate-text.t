$ yplan validate tests/golden/data/findings.yaml
tests/golden/data/findings.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
  help: list it under the section it serves, or remove it
tests/golden/data/findings.yaml:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
  help: fix the total, or the figure that is wrong; list a project that only partly belongs here with `partial: true` and its part
tests/golden/data/findings.yaml:25:9: warning[kpi-gap]: KPI `k` has no target for R2, R3, R4 (period R2–R4); give a value, or {value: null, note: …} to say why it is open
  help: give the value, or write {value: null, note: …} to say why the target is open
tests/golden/data/findings.yaml:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
  help: fix the key, add the field, or write the value in the expected form
2 errors, 2 warnings in 1 file
[exit 1]

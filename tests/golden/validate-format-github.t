$ yplan validate --format github tests/golden/data/findings.yaml
::warning file=tests/golden/data/findings.yaml,line=14,col=9,title=unlisted-project::project `b` is defined but no section lists it
::error file=tests/golden/data/findings.yaml,line=23,col=21,title=budget-total::stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
::warning file=tests/golden/data/findings.yaml,line=25,col=9,title=kpi-gap::KPI `k` has no target for R2, R3, R4 (period R2–R4); give a value, or {value: null, note: …} to say why it is open
::error file=tests/golden/data/findings.yaml,line=29,col=9,title=schema::unknown key `target` in a KPI; did you mean `targets`?
2 errors, 2 warnings in 1 file
[exit 1]

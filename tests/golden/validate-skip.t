$ yplan validate --skip unlisted-project,schema --skip budget-total tests/golden/data/findings.yaml
tests/golden/data/findings.yaml:25:9: warning[kpi-gap]: KPI `k` has no target for R2, R3, R4 (period R2–R4); give a value, or {value: null, note: …} to say why it is open
  help: give the value, or write {value: null, note: …} to say why the target is open
0 errors, 1 warning in 1 file
[exit 0]

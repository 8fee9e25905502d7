$ yplan validate --skip unlisted-project,schema --skip budget-total tests/golden/data/findings.yaml
0 errors, 0 warnings in 1 file
[exit 0]

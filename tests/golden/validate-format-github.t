$ yplan validate --format github tests/golden/data/findings.yaml
::warning file=tests/golden/data/findings.yaml,line=14,col=9,endLine=14,endColumn=9,title=unlisted-project::project `b` is defined but no section lists it
::error file=tests/golden/data/findings.yaml,line=23,col=21,endLine=23,endColumn=24,title=budget-total::stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
::error file=tests/golden/data/findings.yaml,line=29,col=9,endLine=29,endColumn=14,title=schema::unknown key `target` in a KPI; did you mean `targets`?
2 errors, 1 warning in 1 file
[exit 1]

$ yplan validate --quiet tests/golden/data/findings.yaml
2 errors, 2 warnings in 1 file
[exit 1]

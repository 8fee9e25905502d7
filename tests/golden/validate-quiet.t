$ yplan validate --quiet tests/golden/data/findings.yaml
2 errors, 1 warning in 1 file
[exit 1]

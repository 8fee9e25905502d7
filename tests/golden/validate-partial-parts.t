$ yplan validate tests/golden/data/partial-parts.yaml
0 errors, 0 warnings in 1 file
[exit 0]

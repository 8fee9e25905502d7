$ yplan validate tests/golden/data/warning-only.yaml
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
0 errors, 1 warning in 1 file
[exit 0]

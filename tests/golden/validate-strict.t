$ yplan validate --strict tests/golden/data/warning-only.yaml
tests/golden/data/warning-only.yaml:6:9: error[unlisted-project]: project `a` is defined but no section lists it
1 error, 0 warnings in 1 file
[exit 1]

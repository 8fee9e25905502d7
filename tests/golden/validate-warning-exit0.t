$ yplan validate tests/golden/data/warning-only.yaml
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
  help: list it under the section it serves, or remove it
0 errors, 1 warning in 1 file
[exit 0]

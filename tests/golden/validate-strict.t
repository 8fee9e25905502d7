$ yplan validate --strict tests/golden/data/warning-only.yaml
tests/golden/data/warning-only.yaml:6:9: error[unlisted-project]: project `a` is defined but no section lists it
  help: list it under the section it serves, or remove it
1 error, 0 warnings in 1 file
[exit 1]

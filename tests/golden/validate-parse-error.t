$ yplan validate tests/golden/data/not-yaml.yaml tests/golden/data/warning-only.yaml
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
  help: check the indentation and the `key: value` pairs on this line and the one above
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
  help: list it under the section it serves, or remove it
1 error, 1 warning in 2 files
[exit 1]

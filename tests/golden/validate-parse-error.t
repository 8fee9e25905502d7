$ yplan validate tests/golden/data/not-yaml.yaml tests/golden/data/warning-only.yaml
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
1 error, 1 warning in 2 files
[exit 1]

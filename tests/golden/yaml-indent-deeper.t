$ yplan validate tests/golden/mistakes/indent-deeper.yaml
tests/golden/mistakes/indent-deeper.yaml:11:6: error[parse]: `budget:` is indented 5 spaces, 1 more than line 10 (4), so YAML reads it as part of the value above
  help: indent `budget:` by 4 spaces, like line 10
1 error, 0 warnings in 1 file
[exit 1]

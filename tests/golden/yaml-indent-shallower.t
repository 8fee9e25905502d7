$ yplan validate tests/golden/mistakes/indent-shallower.yaml
tests/golden/mistakes/indent-shallower.yaml:11:4: error[parse]: `budget:` is indented 3 spaces, 1 fewer than line 10 (4), so it belongs to no mapping above
  help: indent `budget:` by 4 spaces, like line 10
1 error, 0 warnings in 1 file
[exit 1]

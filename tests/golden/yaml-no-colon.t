$ yplan validate tests/golden/mistakes/no-colon.yaml
tests/golden/mistakes/no-colon.yaml:5:14: error[parse]: `fiscal_year R3` has no colon after the key `fiscal_year`: a key is followed by `:` and a space
  help: write `fiscal_year: R3`
1 error, 0 warnings in 1 file
[exit 1]

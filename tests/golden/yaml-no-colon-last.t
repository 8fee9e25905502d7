$ yplan validate tests/golden/mistakes/no-colon-last.yaml
tests/golden/mistakes/no-colon-last.yaml:5:14: error[schema]: `fiscal_year R3` has no colon after the key `fiscal_year`: a key is followed by `:` and a space
  help: write `fiscal_year: R3`
1 error, 0 warnings in 1 file
[exit 1]

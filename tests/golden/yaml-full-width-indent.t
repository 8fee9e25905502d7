$ yplan validate tests/golden/mistakes/full-width-indent.yaml
tests/golden/mistakes/full-width-indent.yaml:4:1: error[parse]: a full-width space (U+3000) in the indentation: YAML indents with half-width spaces only
  help: replace the full-width spaces at the start of the line with half-width ones (two for each), so that the line lines up with the ones it belongs with
1 error, 0 warnings in 1 file
[exit 1]

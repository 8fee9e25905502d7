$ yplan validate tests/golden/mistakes/nbsp-in-key.yaml
tests/golden/mistakes/nbsp-in-key.yaml:11:11: error[schema]: key `budget<U+00A0>` in a project holds an invisible character, U+00A0 (NO-BREAK SPACE)
  help: delete the character: the key is `budget`
1 error, 0 warnings in 1 file
[exit 1]

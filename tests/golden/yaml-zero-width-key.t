$ yplan validate tests/golden/mistakes/zero-width-key.yaml
tests/golden/mistakes/zero-width-key.yaml:11:8: error[schema]: key `bud<U+200B>get` in a project holds an invisible character, U+200B (ZERO WIDTH SPACE)
  help: delete the character: the key is `budget`
1 error, 0 warnings in 1 file
[exit 1]

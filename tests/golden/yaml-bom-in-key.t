$ yplan validate tests/golden/mistakes/bom-in-key.yaml
tests/golden/mistakes/bom-in-key.yaml:11:8: error[schema]: key `bud<U+FEFF>get` in a project holds an invisible character, U+FEFF (ZERO WIDTH NO-BREAK SPACE, a byte-order mark)
  help: delete the character: the key is `budget`
1 error, 0 warnings in 1 file
[exit 1]

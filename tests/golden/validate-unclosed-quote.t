$ yplan validate tests/golden/data/unclosed-quote.yaml
tests/golden/data/unclosed-quote.yaml:4:10: error[parse]: the string quoted here with " is never closed
  help: check the indentation and the `key: value` pairs on this line and the one above
1 error, 0 warnings in 1 file
[exit 1]

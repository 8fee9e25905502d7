$ yplan validate tests/golden/data/unclosed-quote.yaml
tests/golden/data/unclosed-quote.yaml:4:10: error[parse]: the string quoted here with " is never closed
  help: close the quote on the line where it opens; for text over several lines write `key: |` and indent the lines below it
1 error, 0 warnings in 1 file
[exit 1]

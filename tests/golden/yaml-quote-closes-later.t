$ yplan validate tests/golden/mistakes/quote-closes-later.yaml
tests/golden/mistakes/quote-closes-later.yaml:10:11: error[parse]: the string quoted here with " is not closed on this line: it runs on to line 11
  help: close the quote on the line where it opens; for text over several lines write `key: |` and indent the lines below it
1 error, 0 warnings in 1 file
[exit 1]

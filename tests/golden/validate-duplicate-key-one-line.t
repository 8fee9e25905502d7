$ yplan validate tests/golden/messages/duplicate-key-one-line.yaml
tests/golden/messages/duplicate-key-one-line.yaml:16:27: error[schema]: duplicate key `budget`; it is already set earlier on this line, at column 11
  help: keep one `budget`: delete the one that is out of date (both are on line 16), or correct the key if another was meant
1 error, 0 warnings in 1 file
[exit 1]

$ yplan validate tests/golden/mistakes/utf-16.yaml
tests/golden/mistakes/utf-16.yaml:1:1: error[parse]: the file is in UTF-16LE, not UTF-8: yplan reads UTF-8 only
  help: convert it to UTF-8: iconv -f UTF-16 -t UTF-8 tests/golden/mistakes/utf-16.yaml > tests/golden/mistakes/utf-16.yaml.utf8 (then use the new file), or save it as UTF-8 in your editor
1 error, 0 warnings in 1 file
[exit 1]

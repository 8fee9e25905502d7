$ yplan validate tests/golden/mistakes/shift-jis.yaml
tests/golden/mistakes/shift-jis.yaml:4:10: error[parse]: the file is in Shift_JIS (CP932), not UTF-8: yplan reads UTF-8 only
  help: convert it to UTF-8: iconv -f CP932 -t UTF-8 tests/golden/mistakes/shift-jis.yaml > tests/golden/mistakes/shift-jis.yaml.utf8 (then use the new file), or save it as UTF-8 in your editor
1 error, 0 warnings in 1 file
[exit 1]

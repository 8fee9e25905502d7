$ yplan validate tests/golden/mistakes/cr-line-ends.yaml
tests/golden/mistakes/cr-line-ends.yaml:1:9: error[parse]: the lines of this file end with a CR alone (old Mac OS line ends); yplan reads lines that end with LF or CR LF
  help: convert the line ends to LF: tr '\r' '\n' < tests/golden/mistakes/cr-line-ends.yaml > tests/golden/mistakes/cr-line-ends.yaml.lf (then use the new file), or save it with LF line ends in your editor
1 error, 0 warnings in 1 file
[exit 1]

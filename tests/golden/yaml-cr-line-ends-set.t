$ yplan set tests/golden/mistakes/cr-line-ends.yaml plan.title=x
--- stderr
yplan: tests/golden/mistakes/cr-line-ends.yaml:1:9: the file does not parse: the lines of this file end with a CR alone (old Mac OS line ends); yplan reads lines that end with LF or CR LF
[exit 2]

$ yplan validate tests/golden/mistakes/colon-in-value.yaml
tests/golden/mistakes/colon-in-value.yaml:4:15: error[parse]: `: ` inside the value of `title` starts another key: a value with `: ` in it must be quoted
  help: quote the value: title: "令和３年度: テスト部"
1 error, 0 warnings in 1 file
[exit 1]

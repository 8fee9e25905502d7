$ yplan validate --lang ja tests/golden/data/not-yaml.yaml examples/broken/year-format.yaml
examples/broken/year-format.yaml:8:16: error[year-format]: `FY2020` は年度として読めません。2020、R2、H30、令和2年度、平成30年度 のように書いてください
  help: 年度は 2020、R2、令和２年度 のように書いてください
examples/broken/year-format.yaml:25:26: error[year-format]: `平成三十年度` は年度として読めません。2020、R2、H30、令和2年度、平成30年度 のように書いてください
  help: 年度は 2020、R2、令和２年度 のように書いてください
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
  help: この行と上の行の字下げと `key: value` の組を確かめてください
エラー 3 件、警告 0 件（2 ファイル）
[exit 1]

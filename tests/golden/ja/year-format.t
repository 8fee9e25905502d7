$ yplan validate --lang ja examples/broken/year-format.yaml
examples/broken/year-format.yaml:8:16: error[year-format]: `FY2020` は年度として読めません。2020、R2、H30、令和2年度、平成30年度 のように書いてください
  help: 年度は 2020、R2、令和２年度 のように書いてください
examples/broken/year-format.yaml:25:26: error[year-format]: `平成三十年度` は年度として読めません。2020、R2、H30、令和2年度、平成30年度 のように書いてください
  help: 年度は 2020、R2、令和２年度 のように書いてください
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

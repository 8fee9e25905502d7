$ yplan validate --lang ja examples/broken/parse.yaml
examples/broken/parse.yaml:15:12: error[parse]: illegal map value
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

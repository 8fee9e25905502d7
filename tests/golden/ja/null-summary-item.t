$ yplan validate --lang ja tests/golden/messages/null-summary-item.yaml
tests/golden/messages/null-summary-item.yaml:33:9: error[schema]: `summary` の 1 番目の項目はテキストで書いてください（nullになっています）
  help: キーを直すか、項目を追加するか、値を求められる形で書いてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

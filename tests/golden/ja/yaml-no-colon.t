$ yplan validate tests/golden/mistakes/no-colon.yaml --lang ja
tests/golden/mistakes/no-colon.yaml:5:14: error[parse]: `fiscal_year R3` のキー `fiscal_year` の後にコロンがありません。キーの後には `:` と空白を書きます
  help: `fiscal_year: R3` と書いてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

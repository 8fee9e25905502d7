$ yplan validate tests/golden/mistakes/colon-in-value.yaml --lang ja
tests/golden/mistakes/colon-in-value.yaml:4:15: error[parse]: `title` の値の中の `: ` から別のキーが始まってしまいます。`: ` を含む値は引用符で囲んでください
  help: 値を引用符で囲んでください: title: "令和３年度: テスト部"
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

$ yplan validate tests/golden/mistakes/quote-closes-later.yaml --lang ja
tests/golden/mistakes/quote-closes-later.yaml:10:11: error[parse]: ここで " で始めた引用符がこの行で閉じられておらず、11 行目まで続いています
  help: 引用符は始めた行の中で閉じてください。複数行のテキストは `key: |` と書き、その下の行を字下げして書きます
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

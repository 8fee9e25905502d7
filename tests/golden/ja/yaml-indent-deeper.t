$ yplan validate tests/golden/mistakes/indent-deeper.yaml --lang ja
tests/golden/mistakes/indent-deeper.yaml:11:6: error[parse]: `budget:` の字下げはスペース 5 個で、10 行目（4 個）より 1 個多いため、YAML は上の値の一部として読みます
  help: 10 行目と同じく、`budget:` をスペース 4 個で字下げしてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

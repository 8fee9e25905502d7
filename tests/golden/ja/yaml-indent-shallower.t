$ yplan validate tests/golden/mistakes/indent-shallower.yaml --lang ja
tests/golden/mistakes/indent-shallower.yaml:11:4: error[parse]: `budget:` の字下げはスペース 3 個で、10 行目（4 個）より 1 個少ないため、上のどのマッピングにも属しません
  help: 10 行目と同じく、`budget:` をスペース 4 個で字下げしてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

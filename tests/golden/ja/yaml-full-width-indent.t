$ yplan validate tests/golden/mistakes/full-width-indent.yaml --lang ja
tests/golden/mistakes/full-width-indent.yaml:4:1: error[parse]: 字下げに全角スペース（U+3000）があります。YAML の字下げには半角スペースしか使えません
  help: 行頭の全角スペースを半角スペース（全角1つにつき2つ）に置き換え、同じまとまりの行と字下げをそろえてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

$ yplan validate tests/golden/mistakes/tab-indent.yaml --lang ja
tests/golden/mistakes/tab-indent.yaml:11:1: error[parse]: 字下げにタブがあります。YAML の字下げにはスペースだけを使い、タブは使えません
  help: タブをスペースに置き換え、同じまとまりの行と字下げをそろえてください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

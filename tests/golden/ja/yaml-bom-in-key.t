$ yplan validate tests/golden/mistakes/bom-in-key.yaml --lang ja
tests/golden/mistakes/bom-in-key.yaml:11:8: error[schema]: a projectのキー `bud<U+FEFF>get` に見えない文字 U+FEFF（ZERO WIDTH NO-BREAK SPACE, a byte-order mark）が含まれています
  help: その文字を削除してください。キーは `budget` です
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

$ yplan validate tests/golden/mistakes/zero-width-key.yaml --lang ja
tests/golden/mistakes/zero-width-key.yaml:11:8: error[schema]: a projectのキー `bud<U+200B>get` に見えない文字 U+200B（ZERO WIDTH SPACE）が含まれています
  help: その文字を削除してください。キーは `budget` です
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

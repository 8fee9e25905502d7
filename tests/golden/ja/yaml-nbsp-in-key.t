$ yplan validate tests/golden/mistakes/nbsp-in-key.yaml --lang ja
tests/golden/mistakes/nbsp-in-key.yaml:11:11: error[schema]: a projectのキー `budget<U+00A0>` に見えない文字 U+00A0（NO-BREAK SPACE）が含まれています
  help: その文字を削除してください。キーは `budget` です
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

$ yplan validate --lang ja tests/golden/messages/duplicate-key-one-line.yaml
tests/golden/messages/duplicate-key-one-line.yaml:16:27: error[schema]: キー `budget` が重複しています（同じ行の 11 桁目ですでに設定されています）
  help: `budget` は1つだけにしてください。古い方（どちらも 16 行目にあります）を削除するか、別のキーのつもりならキーを直してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

$ yplan validate --lang ja examples/broken/unlisted-project.yaml
examples/broken/unlisted-project.yaml:17:9: warning[unlisted-project]: 事業 `kotsu-keikaku` は定義されていますが、どの施策にも掲載されていません
  help: その事業が属する施策に掲載するか、事業を削除してください
エラー 0 件、警告 1 件（1 ファイル）
[exit 0]

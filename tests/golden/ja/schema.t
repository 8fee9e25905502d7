$ yplan validate --lang ja examples/broken/schema.yaml
examples/broken/schema.yaml:18:5: error[schema]: 事業に未知のキー `categroy` があります。`category` の誤りではありませんか？
  help: キーを直すか、項目を追加するか、値を求められる形で書いてください
examples/broken/schema.yaml:24:9: error[schema]: 目標指標に必須の項目 `name` がありません
  help: キーを直すか、項目を追加するか、値を求められる形で書いてください
examples/broken/schema.yaml:32:9: error[schema]: KPIに未知のキー `dirction` があります。`direction` の誤りではありませんか？
  help: キーを直すか、項目を追加するか、値を求められる形で書いてください
examples/broken/schema.yaml:38:20: error[schema]: `maintian` は direction の値として使えません。increase | decrease | maintain のいずれかを使ってください（`maintain` の誤りではありませんか？）
  help: キーを直すか、項目を追加するか、値を求められる形で書いてください
エラー 4 件、警告 0 件（1 ファイル）
[exit 1]

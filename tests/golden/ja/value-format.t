$ yplan validate --lang ja examples/broken/value-format.yaml
examples/broken/value-format.yaml:25:37: error[value-format]: `△45,43` を数値として読めません: 桁区切りのカンマは3桁ごとに入れてください
  help: 数値だけを印刷されたとおりに書き、単位は `unit` に書いてください
examples/broken/value-format.yaml:31:45: error[value-format]: `91,456件` を数値として読めません: `件` は単位で、数値の一部ではありません。91,456 と書いてください
  help: 数値だけを書いてください。単位は plan.budget_unit（金額）か KPI の `unit` に書きます
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

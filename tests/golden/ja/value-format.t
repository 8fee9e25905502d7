$ yplan validate --lang ja examples/broken/value-format.yaml
examples/broken/value-format.yaml:25:37: error[value-format]: `△45,43` を数値として読めません: 桁区切りのカンマは3桁ごとに入れてください
examples/broken/value-format.yaml:31:38: error[value-format]: `91,456件` を数値として読めません: `件` は数値に使えません
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

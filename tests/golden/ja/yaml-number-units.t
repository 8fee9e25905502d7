$ yplan validate tests/golden/mistakes/number-units.yaml --lang ja
tests/golden/mistakes/number-units.yaml:11:16: error[value-format]: `1.2万` を数値として読めません: `万` は数字ではありません。12,000 と書いてください
  help: 数値は 万、億、千 を使わずに数字だけで、その項目の単位で書いてください（金額の単位は plan.budget_unit。記載がなければ千円）
tests/golden/mistakes/number-units.yaml:12:20: error[value-format]: `1,000円` を数値として読めません: `円` は単位で、数値の一部ではありません
  help: 数値だけを、その項目の単位で書いてください。金額の単位は plan.budget_unit（記載がなければ千円）なので、円の金額は 1,000 で割ります
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

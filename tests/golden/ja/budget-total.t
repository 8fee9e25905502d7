$ yplan validate --lang ja examples/broken/budget-total.yaml
examples/broken/budget-total.yaml:11:37: error[budget-total]: 記載の計の前年度予算額 174,289 が各事業（重複を除く）の合計 176,189 と一致しません（差 -1,900）
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
examples/broken/budget-total.yaml:42:21: error[budget-total]: 記載の計の予算額 26,656 が掲載額の合計 26,566 と一致しません（差 +90）
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

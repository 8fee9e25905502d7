$ yplan validate --lang ja tests/golden/messages/null-total.yaml
tests/golden/messages/null-total.yaml:16:19: error[budget-total]: 記載の計の予算額が null（額なし）ですが、各事業（重複を除く）の合計は 227,177 です
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
tests/golden/messages/null-total.yaml:107:29: error[budget-total]: 記載の計の予算額が null（額なし）ですが、掲載額の合計は 227,177 です
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

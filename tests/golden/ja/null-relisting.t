$ yplan validate --lang ja tests/golden/messages/null-relisting.yaml
tests/golden/messages/null-relisting.yaml:104:25: warning[relisting-mismatch]: 施策 1.1.2 に掲載された `iju-teiju` の予算額は null（額なし） ですが、事業の予算額は 200,753 です。一部だけを計上する場合は `partial: true` を付けてください
  help: ここに事業の一部だけを計上する場合は `partial: true` を付けてください。そうでなければ数値を直すか、事業を ID だけで掲載してください
tests/golden/messages/null-relisting.yaml:107:29: error[budget-total]: 記載の計の予算額 227,177 が掲載額の合計 26,424 と一致しません（差 +200,753）
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
エラー 1 件、警告 1 件（1 ファイル）
[exit 1]

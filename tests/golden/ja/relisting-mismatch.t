$ yplan validate --lang ja examples/broken/relisting-mismatch.yaml
examples/broken/relisting-mismatch.yaml:32:17: warning[relisting-mismatch]: 施策 4.3.1 に掲載された `iju-teiju` の予算額は 170,489 ですが、事業の予算額は 200,753 です（差 -30,264）。一部だけを計上する場合は `partial: true` を付けてください
  help: ここに事業の一部だけを計上する場合は `partial: true` を付けてください。そうでなければ数値を直すか、事業を ID だけで掲載してください
エラー 0 件、警告 1 件（1 ファイル）
[exit 0]

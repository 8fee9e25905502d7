$ yplan validate --lang ja examples/broken/duplicate-id.yaml
examples/broken/duplicate-id.yaml:42:13: error[duplicate-id]: 施策の ID `1.1.1` は 30 行目の施策ですでに使われています
  help: それぞれに別の ID を付けてください
examples/broken/duplicate-id.yaml:46:17: error[duplicate-id]: KPIの ID `portal-access` は 34 行目のKPIですでに使われています
  help: それぞれに別の ID を付けてください
examples/broken/duplicate-id.yaml:51:17: error[duplicate-id]: KPIの ID `short-stay` は 23 行目の目標指標ですでに使われています
  help: それぞれに別の ID を付けてください
エラー 3 件、警告 0 件（1 ファイル）
[exit 1]

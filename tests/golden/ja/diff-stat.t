$ yplan diff --lang ja plans/mirai-2020.yaml examples/diff/mirai-2020-revised.yaml --stat
事業: 追加 1 件、削除 1 件、改名 1 件、変更 2 件
部局計（重複除く）: 変更 2 件
KPI・目標指標: 変更 1 件
施策: 変更 5 件
[exit 1]

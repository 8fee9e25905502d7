$ yplan validate --lang ja examples/broken/kpi-gap.yaml
examples/broken/kpi-gap.yaml:26:18: warning[kpi-gap]: KPI `portal-access` に R4 の目標値がありません（計画期間 R2–R6）。値を記入するか、{value: null, note: …} で未設定の理由を書いてください
  help: 値を記入するか、{value: null, note: …} と書いて目標値が未設定の理由を示してください
examples/broken/kpi-gap.yaml:32:15: warning[kpi-gap]: KPI `intl-students` の R2 の目標値が未設定ですが、その理由の注記がありません
  help: 値を記入するか、{value: null, note: …} と書いて目標値が未設定の理由を示してください
エラー 0 件、警告 2 件（1 ファイル）
[exit 0]

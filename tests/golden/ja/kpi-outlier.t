$ yplan validate --lang ja examples/broken/kpi-outlier.yaml
examples/broken/kpi-outlier.yaml:27:83: warning[kpi-outlier]: KPI `portal-access` の R6 の目標値 1,220,000 が、ほかの目標値の中央値 119,000 の10倍を超えています。桁を打ち間違えていませんか？
  help: 桁を直してください。値が正しい場合は `--skip kpi-outlier` を付けて実行してください
examples/broken/kpi-outlier.yaml:33:23: warning[kpi-outlier]: KPI `short-stay-programs` の R2 の目標値 5 が、ほかの目標値の中央値 56.5 の10分の1未満です。桁を打ち間違えていませんか？
  help: 桁を直してください。値が正しい場合は `--skip kpi-outlier` を付けて実行してください
エラー 0 件、警告 2 件（1 ファイル）
[exit 0]

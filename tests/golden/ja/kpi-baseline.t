$ yplan validate --lang ja examples/broken/kpi-baseline.yaml
examples/broken/kpi-baseline.yaml:26:26: warning[kpi-baseline]: KPI `portal-access` の基準値の年度 R2 が計画期間 R2–R6 より前になっていません
  help: 基準値の年度と値を、印刷された計画と照らし合わせて確かめてください
examples/broken/kpi-baseline.yaml:33:23: warning[kpi-baseline]: KPI `consultation-migrants` の最初の目標値 50（R2）が基準値 62 を下回っていますが、この KPI は増加を目指すものです
  help: 基準値の年度と値を、印刷された計画と照らし合わせて確かめてください
エラー 0 件、警告 2 件（1 ファイル）
[exit 0]

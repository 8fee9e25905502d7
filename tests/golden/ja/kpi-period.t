$ yplan validate --lang ja examples/broken/kpi-period.yaml
examples/broken/kpi-period.yaml:26:24: error[kpi-period]: 目標指標 `social-migration` の目標年度 令和８年度（2026年）が計画期間 R2–R6 の外にあります
  help: 年度を直すか、その目標値を削除するか、計画期間を広げてください
examples/broken/kpi-period.yaml:32:79: error[kpi-period]: KPI `portal-access` の目標年度 R7（2025年）が計画期間 R2–R6 の外にあります
  help: 年度を直すか、その目標値を削除するか、計画期間を広げてください
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

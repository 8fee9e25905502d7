$ yplan validate --lang ja examples/broken/kpi-direction.yaml
examples/broken/kpi-direction.yaml:27:68: error[kpi-direction]: R5 の目標値 112,000 が R4 の 120,000 を下回っていますが、KPI `portal-access` は増加を目指すものです
  help: 目標値か、KPI の `direction` を直してください
examples/broken/kpi-direction.yaml:33:37: warning[kpi-direction]: R4 の目標値 5 が R3 の 4 を上回っていますが、KPI `liaison-meetings` は維持を目指すものです
  help: 目標値か、KPI の `direction` を直してください
エラー 1 件、警告 1 件（1 ファイル）
[exit 1]

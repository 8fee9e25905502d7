$ yplan validate --lang ja examples/broken/kpi-percent.yaml
examples/broken/kpi-percent.yaml:27:35: error[kpi-percent]: 目標指標 `satisfaction` の目標値 600 が 0～100 % の範囲外です
  help: 値（桁や小数点が抜けていませんか？）か、単位を直してください
examples/broken/kpi-percent.yaml:37:59: error[kpi-percent]: KPI `survey-response` の目標値 105 が 0～100 % の範囲外です
  help: 値（桁や小数点が抜けていませんか？）か、単位を直してください
エラー 2 件、警告 0 件（1 ファイル）
[exit 1]

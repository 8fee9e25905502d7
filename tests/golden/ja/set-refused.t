$ yplan set --lang ja plans/mirai-2020.yaml kpi.portal-access.targets.R3=130,000
--- stderr
plans/mirai-2020.yaml:250:65: error[kpi-direction]: R4 の目標値 120,000 が R3 の 130,000 を下回っていますが、KPI `portal-access` は増加を目指すものです
yplan: set: 拒否しました: この編集で新しいエラー 1 件が生じます（--force を付ければ書き込みます）。'plans/mirai-2020.yaml' は変更していません
[exit 1]

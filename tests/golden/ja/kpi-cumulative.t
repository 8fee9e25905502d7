$ yplan validate --lang ja examples/broken/kpi-cumulative.yaml
examples/broken/kpi-cumulative.yaml:33:15: warning[kpi-baseline]: KPI `multicultural-participants` の最初の目標値 1,200（R2）が基準値 2,203 を下回っていますが、この KPI は増加を目指すものです
examples/broken/kpi-cumulative.yaml:33:15: error[kpi-cumulative]: 累計の KPI `multicultural-participants` の最初の目標値 1,200（R2）が基準値 2,203 を下回っています
examples/broken/kpi-cumulative.yaml:36:15: error[kpi-cumulative]: 累計の KPI `multicultural-participants` が 7,200（R4）から 6,900（R5）に減っています。累計は減ることがありません
examples/broken/kpi-cumulative.yaml:36:15: error[kpi-direction]: R5 の目標値 6,900 が R4 の 7,200 を下回っていますが、KPI `multicultural-participants` は増加を目指すものです
エラー 3 件、警告 1 件（1 ファイル）
[exit 1]

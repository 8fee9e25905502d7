$ yplan validate --lang ja examples/broken/kpi-cumulative.yaml
examples/broken/kpi-cumulative.yaml:33:15: warning[kpi-baseline]: KPI `multicultural-participants` の最初の目標値 1,200（R2）が基準値 2,203 を下回っていますが、この KPI は増加を目指すものです
  help: 基準値の年度と値を、印刷された計画と照らし合わせて確かめてください
examples/broken/kpi-cumulative.yaml:33:15: error[kpi-cumulative]: 累計の KPI `multicultural-participants` の最初の目標値 1,200（R2）が基準値 2,203 を下回っています
  help: 累計の目標値はそれまでのすべてを数えた値です。単年度の数値を入力していないか確かめるか、`cumulative` を外してください
examples/broken/kpi-cumulative.yaml:36:15: error[kpi-cumulative]: 累計の KPI `multicultural-participants` が 7,200（R4）から 6,900（R5）に減っています。累計は減ることがありません
  help: 累計の目標値はそれまでのすべてを数えた値です。単年度の数値を入力していないか確かめるか、`cumulative` を外してください
examples/broken/kpi-cumulative.yaml:36:15: error[kpi-direction]: R5 の目標値 6,900 が R4 の 7,200 を下回っていますが、KPI `multicultural-participants` は増加を目指すものです
  help: 目標値か、KPI の `direction` を直してください
エラー 3 件、警告 1 件（1 ファイル）
[exit 1]

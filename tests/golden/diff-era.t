$ yplan diff plans/mirai-2020.yaml examples/diff/mirai-2020-revised.yaml --era gregorian --text
--- plans/mirai-2020.yaml
+++ examples/diff/mirai-2020-revised.yaml
projects
  ~ project kenjinkai  海外山形県人会担い手育成支援事業費
      listing moved from 4.3.3 to 4.3.2
  + project dx-suishin  行政デジタル変革推進事業費: budget 50,000
  > project kotsu-keikaku → kotsu-mou-keikaku  地域交通総合対策事業費（山形県地域公共交通網形成計画策定事業） (renamed)
  ~ project sogo-keikaku  総合計画推進事業費
      budget: 8,091 → 9,500 (+1,409, +17.4%)
  - project keizai-doko  経済動向分析事業費: budget 1,118
department total (each project once)
  ~ budget: 3,273,545 → 3,323,836 (+50,291, +1.5%)
  ~ previous: 3,280,189 → 3,279,041 (-1,148, -<0.1%)
KPIs and goals
  ~ kpi portal-access  移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数
      targets.2021: 118,000 → 119,000 (+1,000, +0.8%)
sections
  ~ section 4.1.2  ＩＣＴの早期実装に向けた推進環境の整備
      total.budget: 200,073 → 250,073 (+50,000, +25.0%)
  ~ section 4.3.2  圏域における広域連携の推進
      total.budget: 11,101 → 13,761 (+2,660, +24.0%)
  ~ section 4.3.3  県を越えた交流連携の推進
      total.budget: 22,526 → 19,866 (-2,660, -11.8%)
  ~ section II.1  「第４次山形県総合発展計画」の推進
      total.budget: 24,325 → 25,734 (+1,409, +5.8%)
      responses: 1 added
        + 施策の評価結果を翌年度の予算編成に反映する仕組みを整える。
  ~ section II.4  統計利用の拡大に向けた取組みの促進
      total.budget: 4,970 → 3,852 (-1,118, -22.5%)
      total.previous: 12,199 → 11,051 (-1,148, -9.4%)
[exit 1]

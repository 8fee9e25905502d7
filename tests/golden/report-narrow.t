$ yplan report examples/report/with-actuals.yaml --width 60 --kind kpi
進捗管理の例（令和３年度末時点） (actuals-example)
Organization: 山形県 みらい企画創造部 · Fiscal year: R3 ·
  Period: R2–R4 · Status: final · Unit: 千円
Validation: 0 errors, 0 warnings

KPIs and goals
----------------------------------------
ID: social-migration
Kind: goal
Name: 全年齢の社会増減数
Unit: 人
Direction: increase
Section: 1
----------------------------------------
ID: migrants
Kind: KPI
Name: 県の移住相談窓口を通じた県外からの移住者数
Unit: 人
Direction: increase
Section: 1.1
----------------------------------------
ID: portal-access
Kind: KPI
Name: 「やまがた暮らし情報館」トップページのアクセス件数
Unit: 件
Direction: increase
Section: 1.1
----------------------------------------
ID: snow-volunteers
Kind: KPI
Name: 除雪ボランティアの登録者数
Unit: 人
Direction: increase
Section: 1.2
----------------------------------------
ID: vacant-houses
Kind: KPI
Name: 危険な空き家の数
Unit: 戸
Direction: decrease
Section: 1.2
----------------------------------------
ID: seminars
Kind: KPI
Name: 空き家活用講座の開催数
Unit: 回
Direction: maintain
Section: 1.2
----------------------------------------

Targets
ID                  Baseline       R2       R3       R4
-------------------------------------------------------
social-migration   R1 -4,543                     -1,500
migrants              H30 62      100      130      150
portal-access     H30 91,456  116,000  118,000  120,000
snow-volunteers      H30 968    1,050    1,100    1,150
vacant-houses              —      550      500      450
seminars                   —        4        4  open ※1
※1 seminars R4: 講座の在り方を見直し中
[exit 0]

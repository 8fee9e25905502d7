$ yplan report examples/report/with-actuals.yaml --lang ja --kind kpi --ambiguous-width 2
進捗管理の例（令和３年度末時点） (actuals-example)
組織: 山形県 みらい企画創造部 · 年度: R3 · 計画期間: R2–R4 · 状態: 確定 · 単位: 千円
検証: エラー 0 件、警告 0 件

KPI・目標指標
ID                種別      名称                                              単位  方向  累計  施策
----------------------------------------------------------------------------------------------------
social-migration  目標指標  全年齢の社会増減数                                人    増加        1
migrants          KPI       県の移住相談窓口を通じた県外からの移住者数        人    増加        1.1
portal-access     KPI       「やまがた暮らし情報館」トップページのアクセス…  件    増加        1.1
snow-volunteers   KPI       除雪ボランティアの登録者数                        人    増加        1.2
vacant-houses     KPI       危険な空き家の数                                  戸    減少        1.2
seminars          KPI       空き家活用講座の開催数                            回    維持        1.2

目標値の推移
ID                    基準値       R2       R3            R4
------------------------------------------------------------
social-migration  R1 △4,543                         △1,500
migrants              H30 62      100      130           150
portal-access     H30 91,456  116,000  118,000       120,000
snow-volunteers      H30 968    1,050    1,100         1,150
vacant-houses             —      550      500           450
seminars                  —        4        4  今後設定 ※1
※1 seminars R4: 講座の在り方を見直し中
[exit 0]

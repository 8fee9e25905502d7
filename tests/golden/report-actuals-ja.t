$ yplan report examples/report/with-actuals.yaml --lang ja --era japanese --kind progress
進捗管理の例（令和３年度末時点） (actuals-example)
組織: 山形県 みらい企画創造部 · 年度: R3 · 計画期間: R2–R4 · 状態: 確定 · 単位: 千円
検証: エラー 0 件、警告 0 件

進捗
ID                名称                                      年度   実績値   目標値  達成率  状態
----------------------------------------------------------------------------------------------------
social-migration  全年齢の社会増減数                        R3     △3,100   △1,500   47.4%  遅れ
migrants          県の移住相談窓口を通じた県外からの移住…   R3        140      130  114.7%  達成
portal-access     「やまがた暮らし情報館」トップページの…   R3    114,000  118,000   84.9%  順調
snow-volunteers   除雪ボランティアの登録者数                R3      1,000    1,100   24.2%  遅れ
vacant-houses     危険な空き家の数                          R3        520      500   96.2%  順調
seminars          空き家活用講座の開催数                    R4          5        —       —  実績なし
[exit 0]

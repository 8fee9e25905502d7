$ yplan report plans/mirai-2020.yaml
令和２年度 みらい企画創造部 主要事業 (mirai-2020)
Organization: 山形県 みらい企画創造部 · Fiscal year: R2 · Period: R2–R6 · Status: final · Unit: 千円
Validation: 0 errors, 1 warning

Budget by section (千円)
Label  ID     Title                                         This year  Last year    Change  Change %
----------------------------------------------------------------------------------------------------
①      1.1.1  多様なライフスタイルの提案・発信                200,753    155,613   +45,140    +29.0%
②      1.1.2  移住・定住の促進                                200,753    155,613   +45,140    +29.0%
③      1.1.3  「関係人口」の創出・拡大                        200,753    155,613   +45,140    +29.0%
④      1.1.4  外国人材の受け入れ拡大                           26,566     20,576    +5,990    +29.1%
⑤      2.1.1  企業の持続的発展に必要な人材の確保、円滑な…       2,802      7,802    -5,000    -64.1%
⑥      2.2.1  観光地域づくりの推進                            182,891    198,473   -15,582     -7.9%
⑦      2.2.2  地域の特性や魅力を活かした多様な交流の促進        8,877     15,937    -7,060    -44.3%
⑧      3.1.1  雪害防止に向けた雪に強い地域づくり               94,556     95,818    -1,262     -1.3%
⑨      3.2.1  コミュニティを支える多様な主体の育成・活用        6,508     11,740    -5,232    -44.6%
⑩      3.2.2  暮らしやすく魅力的なコミュニティづくりの促進     17,609     23,341    -5,732    -24.6%
⑫      3.4.1  外国人の受入環境の整備                           26,923     20,576    +6,347    +30.8%
⑭      4.1.1  ＩＣＴの積極的・効果的な利活用による県民生…     191,905     92,057   +99,848   +108.5%
⑮      4.1.2  ＩＣＴの早期実装に向けた推進環境の整備          200,073    105,054   +95,019    +90.4%
⑯      4.1.3  誰もが安全にＩＣＴを利活用できる環境づくり        8,168     12,997    -4,829    -37.2%
⑰      4.2.1  国際ネットワークの形成促進                      182,891    198,473   -15,582     -7.9%
⑱      4.2.2  国内広域ネットワークの充実強化                  196,540    227,617   -31,077    -13.7%
⑲      4.2.3  地域間・地域内交通ネットワークの充実強化        260,652    214,763   +45,889    +21.4%
⑳      4.3.1  豊富な地域資源を活かした農山漁村地域の維持…     181,590    167,214   +14,376     +8.6%
㉑     4.3.2  圏域における広域連携の推進                       11,101     11,601      -500     -4.3%
㉒     4.3.3  県を越えた交流連携の推進                         22,526     45,081   -22,555    -50.0%
㉓     II.1   「第４次山形県総合発展計画」の推進               24,325     24,245       +80     +0.3%
㉔     II.2   市町村の実情に即した施策の展開の促進          1,102,419  1,243,951  -141,532    -11.4%
㉕     II.3   行政情報化の推進                              1,327,753  1,233,132   +94,621     +7.7%
㉖     II.4   統計利用の拡大に向けた取組みの促進                4,970     12,199    -7,229    -59.3%
----------------------------------------------------------------------------------------------------
              Total (each project once)                     3,273,545  3,280,189    -6,644     -0.2%
              Sum of listings (re-listings counted)         4,683,904  4,449,486  +234,418     +5.3%

By category
Category     Projects  This year  Last year   Change  Change %
--------------------------------------------------------------
new                 5     55,024          0  +55,024         —
revised             0          0          0        0         —
continuing          0          0          0        0         —
unspecified        25  3,218,521  3,280,189  -61,668     -1.9%

KPIs and goals
ID                           Kind  Name                            Unit     Direction  Cum.  Section
----------------------------------------------------------------------------------------------------
social-migration             goal  全年齢の社会増減数（県外から…   人       increase         1.1
portal-access                KPI   移住・交流ポータルサイト「や…   件       increase         1.1.1
consultation-migrants        KPI   県の移住相談窓口を通じた県外…   人       increase         1.1.2
short-stay-programs          KPI   県内で展開される移住・定住を…   ﾌﾟﾛｸﾞﾗﾑ  increase         1.1.3
intl-students                KPI   外国人留学生の県内受入数        人       increase         1.1.4
snow-volunteers              KPI   除雪ボランティアの登録者数      人       increase         3.1.1
community-orgs               goal  地域運営組織数                  組織     increase         3.2
training-districts           KPI   住民主体の地域づくり活動のた…   地区     increase         3.2.1
advisor-dispatch             KPI   地域づくり専門アドバイザーの…   件       increase         3.2.2
multicultural-participants   KPI   多文化理解講座参加者数（累計）  人       increase   yes   3.4.1
partnership-agreements       KPI   企業との包括連携協定の締結数    件       increase         3.4.2
ict-initiatives              goal  ＩＣＴを活用した生産性向上や…   件       increase         4.1
open-datasets                KPI   山形県オープンデータカタログ…   件       increase   yes   4.1.1
ict-workshops                KPI   ＩＣＴ利活用の促進に向けた民…   件       increase   yes   4.1.2
ict-literacy-seminars        KPI   ＩＣＴリテラシー＊に関する県…   件       maintain         4.1.3
yamagata-airport-passengers  KPI   山形空港の定期便搭乗者数        人       increase         4.2.2
shonai-airport-passengers    KPI   庄内空港の定期便搭乗者数        人       increase         4.2.2
bus-rides-per-capita         KPI   県民一人当たりのバス等の利用…   回       maintain         4.2.3
regions-improved             goal  県内の４地域（村山、最上、置…   地域     increase         4.3
kyoryokutai-retention        KPI   地域おこし協力隊員の任期終了…   ％       increase   yes   4.3.1
regional-new-projects        KPI   連携中枢都市圏や定住自立圏に…   件       increase   yes   4.3.2
yamagata-miyagi-flow         KPI   山形・宮城間の流動人口（高速…   千人     increase         4.3.3

Targets
ID                              Baseline       R2       R3       R4       R5       R6
-------------------------------------------------------------------------------------
social-migration               R1 -4,543                                       -1,500
portal-access                 H30 91,456  116,000  118,000  120,000  121,000  122,000
consultation-migrants             H30 62      100      130      150      170      200
short-stay-programs               H30 42       45       50       55       58       60
intl-students                    H30 293      311      342      377      414      455
snow-volunteers                  H30 968    1,050    1,100    1,150    1,200    1,250
community-orgs                    H30 33                                           53
training-districts                     —        5        9       13       17       21
advisor-dispatch                  H30 11       13       15       17       19       21
multicultural-participants     H30 2,203  open ※1    4,800    7,200    9,600   12,000
partnership-agreements            H30 12       16       18       20       22       24
ict-initiatives                   H30 77                                          137
open-datasets                    H30 100      155      180      205      230      255
ict-workshops                          —  open ※2       20       27       32       37
ict-literacy-seminars                  —        5        5        5        5        5
yamagata-airport-passengers  H30 325,165  open ※3  343,000  346,000  349,000  352,000
shonai-airport-passengers    H30 392,077  open ※4  503,000  508,000  513,000  518,000
bus-rides-per-capita             H30 4.2  open ※5      4.2      4.2      4.2      4.2
regions-improved                   H30 —                                            4
kyoryokutai-retention           H30 56.4       58       59       61       62       63
regional-new-projects                  —        2        4        6        8       10
yamagata-miyagi-flow           H30 3,034  open ※6    3,300    3,400    3,500    3,600
※1 multicultural-participants R2: 新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講
  座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加
  人数が制限されることで、従来の参加者数を見通すことが困難であるため。
※2 ict-workshops R2:
  新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため
※3 yamagata-airport-passengers R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向
  について見通すことが困難であるため。
※4 shonai-airport-passengers R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向に
  ついて見通すことが困難であるため。
※5 bus-rides-per-capita R2:
  緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。
※6 yamagata-miyagi-flow R2: 新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っ
  ていた期間があり、今年度の動向について見通すことが困難であるため。

Progress
22 indicators have no actuals
[exit 0]

$ yplan report plans/mirai-2020.yaml --section 1.1 --era gregorian
令和２年度 みらい企画創造部 主要事業 (mirai-2020)
Organization: 山形県 みらい企画創造部 · Fiscal year: 2020 · Period: 2020–2024 · Status: final ·
  Unit: 千円
Section: 1.1
Validation: 0 errors, 1 warning

Budget by section (千円)
Label  ID     Title                                  This year  Last year    Change  Change %
---------------------------------------------------------------------------------------------
①      1.1.1  多様なライフスタイルの提案・発信         200,753    155,613   +45,140    +29.0%
②      1.1.2  移住・定住の促進                         200,753    155,613   +45,140    +29.0%
③      1.1.3  「関係人口」の創出・拡大                 200,753    155,613   +45,140    +29.0%
④      1.1.4  外国人材の受け入れ拡大                    26,566     20,576    +5,990    +29.1%
---------------------------------------------------------------------------------------------
              Total (each project once)                227,319    176,189   +51,130    +29.0%
              Sum of listings (re-listings counted)    628,825    487,415  +141,410    +29.0%

By category
Category     Projects  This year  Last year   Change  Change %
--------------------------------------------------------------
new                 0          0          0        0         —
revised             0          0          0        0         —
continuing          0          0          0        0         —
unspecified         3    227,319    176,189  +51,130    +29.0%

KPIs and goals
ID                     Kind  Name                                  Unit     Direction  Cum.  Section
----------------------------------------------------------------------------------------------------
social-migration       goal  全年齢の社会増減数（県外からの転入…   人       increase         1.1
portal-access          KPI   移住・交流ポータルサイト「やまがた…   件       increase         1.1.1
consultation-migrants  KPI   県の移住相談窓口を通じた県外からの…   人       increase         1.1.2
short-stay-programs    KPI   県内で展開される移住・定住を目的と…   ﾌﾟﾛｸﾞﾗﾑ  increase         1.1.3
intl-students          KPI   外国人留学生の県内受入数              人       increase         1.1.4

Targets
ID                        Baseline     2020     2021     2022     2023     2024
-------------------------------------------------------------------------------
social-migration       2019 -4,543                                       -1,500
portal-access          2018 91,456  116,000  118,000  120,000  121,000  122,000
consultation-migrants      2018 62      100      130      150      170      200
short-stay-programs        2018 42       45       50       55       58       60
intl-students             2018 293      311      342      377      414      455

Progress
5 indicators have no actuals
[exit 0]

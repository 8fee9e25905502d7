$ yplan report plans/mirai-2020.yaml --width 80 --kind budget --section 1.1
令和２年度 みらい企画創造部 主要事業 (mirai-2020)
Organization: 山形県 みらい企画創造部 · Fiscal year: R2 · Period: R2–R6 ·
  Status: final · Unit: 千円
Section: 1.1
Validation: 0 errors, 1 warning

Budget by section (千円)
Label  ID     Title                     This year  Last year    Change  Change %
--------------------------------------------------------------------------------
①      1.1.1  多様なライフスタイルの…     200,753    155,613   +45,140    +29.0%
②      1.1.2  移住・定住の促進            200,753    155,613   +45,140    +29.0%
③      1.1.3  「関係人口」の創出・拡大    200,753    155,613   +45,140    +29.0%
④      1.1.4  外国人材の受け入れ拡大       26,566     20,576    +5,990    +29.1%
--------------------------------------------------------------------------------
              Total (each project onc…    227,319    176,189   +51,130    +29.0%
              Sum of listings (re-lis…    628,825    487,415  +141,410    +29.0%

By category
Category     Projects  This year  Last year   Change  Change %
--------------------------------------------------------------
new                 0          0          0        0         —
revised             0          0          0        0         —
continuing          0          0          0        0         —
unspecified         3    227,319    176,189  +51,130    +29.0%
[exit 0]

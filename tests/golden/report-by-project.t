$ yplan report plans/mirai-2020.yaml --by project --kind budget
令和２年度 みらい企画創造部 主要事業 (mirai-2020)
Organization: 山形県 みらい企画創造部 · Fiscal year: R2 · Period: R2–R6 · Status: final · Unit: 千円
Validation: 0 errors, 1 warning

Budget by project (千円)
ID                      Name      Category     This year  Last year    Change  Change %  Listed in
----------------------------------------------------------------------------------------------------
iju-teiju               移住定…   unspecified    200,753    155,613   +45,140    +29.0%  1.1.1 1.1.…
ryugakusei              留学生…   unspecified     23,764     12,774   +10,990    +86.0%  1.1.4 3.4.…
gaikokujin-onestop      外国人…   unspecified      2,802      7,802    -5,000    -64.1%  1.1.4 2.1.…
koku-network            航空ネ…   unspecified    182,891    198,473   -15,582     -7.9%  2.2.1 4.2.…
shimai-koryu            姉妹交…   unspecified      4,589     14,309    -9,720    -67.9%  2.2.2 4.3.…
wakamono-kaigai         山形県…   unspecified      1,628      1,628         0      0.0%  2.2.2 4.3.…
kenjinkai               海外山…   new              2,660          —         —         —  2.2.2 4.3.…
yukiguni                いきい…   unspecified     94,556     95,818    -1,262     -1.3%  3.1.1
chiiki-zukuri           活力あ…   unspecified      6,508     11,740    -5,232    -44.6%  3.2.1 3.2.…
renkei-kasoku           県・市…   unspecified     11,101     11,601      -500     -4.3%  3.2.2 4.3.…
tabunka                 多文化…   new                357          —         —         —  3.4.1
denshi-kencho           電子県…   unspecified    191,905     92,057   +99,848   +108.5%  4.1.1 4.1.…
ict-innovation          ＩＣＴ…   unspecified      8,168     12,997    -4,829    -37.2%  4.1.2 4.1.…
shinkansen              奥羽・…   unspecified     13,649     29,144   -15,495    -53.2%  4.2.2 4.3.…
kotsu-keikaku           地域交…   new             20,000          —         —         —  4.2.3
chiiki-kotsu            地域交…   unspecified    111,828    109,991    +1,837     +1.7%  4.2.3*
seikatsu-kotsu-kofukin  市町村…   unspecified     96,798    101,117    -4,319     -4.3%  4.2.3
tetsudo-network         鉄道ネ…   unspecified      2,026      3,655    -1,629    -44.6%  4.2.3
rosen-iji               地域生…   new             30,000          —         —         —  4.2.3
seisaku-shingikai       総合政…   unspecified      2,070      7,150    -5,080    -71.0%  II.1
sogo-keikaku            総合計…   unspecified      8,091      4,809    +3,282    +68.2%  II.1
kikaku-kanri            企画管…   new              2,007          —         —         —  II.1
chiji-kaigi             全国知…   unspecified     10,947     11,011       -64     -0.6%  II.1
seifu-teian             政府の…   unspecified      1,210      1,275       -65     -5.1%  II.1
sogo-kofukin            市町村…   unspecified    402,419    443,951   -41,532     -9.4%  II.2
shinko-shikin           市町村…   unspecified    700,000    800,000  -100,000    -12.5%  II.2
kikan-network           山形県…   unspecified    885,445    870,890   +14,555     +1.7%  II.3
system-saiteki          情報シ…   unspecified    250,403    270,185   -19,782     -7.3%  II.3
keizai-doko             経済動…   unspecified      1,118      1,148       -30     -2.6%  II.4
tokei-chosa             統計調…   unspecified      3,852     11,051    -7,199    -65.1%  II.4
----------------------------------------------------------------------------------------------------
                        Total (…               3,273,545  3,280,189    -6,644     -0.2%
                        Sum of …               4,683,904  4,449,486  +234,418     +5.3%
* listed with the print's （再掲） mark

By category
Category     Projects  This year  Last year   Change  Change %
--------------------------------------------------------------
new                 5     55,024          0  +55,024         —
revised             0          0          0        0         —
continuing          0          0          0        0         —
unspecified        25  3,218,521  3,280,189  -61,668     -1.9%
[exit 0]

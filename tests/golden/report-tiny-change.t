$ yplan report tests/golden/percent/tiny-change.yaml --kind budget --by project
小さな増減の例 (tiny-change)
Organization: 山形県 · Fiscal year: R3 · Period: R3–R4 · Status: final · Unit: 千円
Validation: 0 errors, 0 warnings

Budget by project (千円)
ID     Name                           Category     This year  Last year  Change  Change %  Listed in
----------------------------------------------------------------------------------------------------
koho   広報事業費                     unspecified  1,000,001  1,000,000      +1    +<0.1%  1
kotsu  交通対策事業費                 unspecified    999,600  1,000,000    -400    -<0.1%  1
jimu   事務費                         unspecified     50,000     50,000       0      0.0%  1
----------------------------------------------------------------------------------------------------
       Total (each project once)                   2,049,601  2,050,000    -399    -<0.1%
       Sum of listings (re-listings…               2,049,601  2,050,000    -399    -<0.1%

By category
Category     Projects  This year  Last year  Change  Change %
-------------------------------------------------------------
new                 0          0          0       0         —
revised             0          0          0       0         —
continuing          0          0          0       0         —
unspecified         3  2,049,601  2,050,000    -399    -<0.1%
[exit 0]

$ yplan report tests/data/text-cells.yaml --format csv --by project
text-cells,Budget by project (千円)
ID,Name,Category,This year,Last year,Change,Change %,Listed in
formula,"'=HYPERLINK(""http://example.invalid"",""x"")",unspecified,1000,3000,-2000,-66.7,2.10
minus,"'-10%削減事業",unspecified,2000,2500,-500,-20.0,2.10
plus,"'+81 電話相談",unspecified,500,—,—,—,2.10
at,"'@SUM(A1)",unspecified,0,—,—,—,2.10
tab,"'	タブ始まり",unspecified,1,—,—,—,2.10
,Total (each project once),,3501,5500,-1999,-36.3,
,Sum of listings (re-listings counted),,3501,5500,-1999,-36.3,

text-cells,By category
Category,Projects,This year,Last year,Change,Change %
new,0,0,0,0,—
revised,0,0,0,0,—
continuing,0,0,0,0,—
unspecified,5,3501,5500,-1999,-36.3

text-cells,KPIs and goals
ID,Kind,Name,Unit,Direction,Cum.,Section
k,KPI,"'-5 から始まる指標",件,increase,,2.10

text-cells,Targets
ID,Baseline,R2,R3
k,R1 -3,-2,1.5

text-cells,Progress
ID,Name,Year,Actual,Target,Rate,Status
[exit 0]

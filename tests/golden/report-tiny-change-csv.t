$ yplan report tests/golden/percent/tiny-change.yaml --format csv --by project
tiny-change,Budget by project (千円)
ID,Name,Category,This year,Last year,Change,Change %,Listed in
koho,広報事業費,unspecified,1000001,1000000,1,0.0001,1
kotsu,交通対策事業費,unspecified,999600,1000000,-400,-0.04,1
jimu,事務費,unspecified,50000,50000,0,0.0,1
,Total (each project once),,2049601,2050000,-399,-0.02,
,Sum of listings (re-listings counted),,2049601,2050000,-399,-0.02,

tiny-change,By category
Category,Projects,This year,Last year,Change,Change %
new,0,0,0,0,—
revised,0,0,0,0,—
continuing,0,0,0,0,—
unspecified,3,2049601,2050000,-399,-0.02

tiny-change,KPIs and goals
ID,Kind,Name,Unit,Direction,Cum.,Section
visits,KPI,来訪者数,人,increase,,1

tiny-change,Targets
ID,Baseline,R3,R4
visits,R2 1000,2000,2500

tiny-change,Progress
ID,Name,Year,Actual,Target,Rate,Status
visits,来訪者数,R3,1000.4,2000,0.04,behind
[exit 0]

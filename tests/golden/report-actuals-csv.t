$ yplan report examples/report/with-actuals.yaml --format csv --bom
﻿actuals-example,Budget by section (千円)
Label,ID,Title,This year,Last year,Change,Change %
①,1.1,移住・定住の促進,120000,100000,20000,20.0
②,1.2,雪に強い地域づくり,45000,32000,13000,40.6
,,Total (each project once),165000,132000,33000,25.0
,,Sum of listings (re-listings counted),165000,132000,33000,25.0

actuals-example,By category
Category,Projects,This year,Last year,Change,Change %
new,1,15000,0,15000,—
revised,1,120000,100000,20000,20.0
continuing,0,0,0,0,—
unspecified,1,30000,32000,-2000,-6.2

actuals-example,KPIs and goals
ID,Kind,Name,Unit,Direction,Cum.,Section
social-migration,goal,全年齢の社会増減数,人,increase,,1
migrants,KPI,県の移住相談窓口を通じた県外からの移住者数,人,increase,,1.1
portal-access,KPI,「やまがた暮らし情報館」トップページのアクセス件数,件,increase,,1.1
snow-volunteers,KPI,除雪ボランティアの登録者数,人,increase,,1.2
vacant-houses,KPI,危険な空き家の数,戸,decrease,,1.2
seminars,KPI,空き家活用講座の開催数,回,maintain,,1.2

actuals-example,Targets
ID,Baseline,R2,R3,R4
social-migration,R1 -4543,,,-1500
migrants,H30 62,100,130,150
portal-access,H30 91456,116000,118000,120000
snow-volunteers,H30 968,1050,1100,1150
vacant-houses,—,550,500,450
seminars,—,4,4,open ※1

actuals-example,Progress
ID,Name,Year,Actual,Target,Rate,Status
social-migration,全年齢の社会増減数,R3,-3100,-1500,47.4,behind
migrants,県の移住相談窓口を通じた県外からの移住者数,R3,140,130,114.7,achieved
portal-access,「やまがた暮らし情報館」トップページのアクセス件数,R3,114000,118000,84.9,on track
snow-volunteers,除雪ボランティアの登録者数,R3,1000,1100,24.2,behind
vacant-houses,危険な空き家の数,R3,520,500,96.2,on track
seminars,空き家活用講座の開催数,R4,5,—,—,no data
[exit 0]

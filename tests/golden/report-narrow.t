$ yplan report examples/report/with-actuals.yaml --width 60 --kind kpi
進捗管理の例（令和３年度末時点） (actuals-example)
Organization: 山形県 みらい企画創造部 · Fiscal year: R3 · Period: R2–R4 · Status: final · Unit: 千円
Validation: 0 errors, 0 warnings

KPIs and goals
ID                Kind  Name      Unit  Direction  Cum.  Section
----------------------------------------------------------------
social-migration  goal  全年齢…   人    increase         1      
migrants          KPI   県の移…   人    increase         1.1    
portal-access     KPI   「やま…   件    increase         1.1    
snow-volunteers   KPI   除雪ボ…   人    increase         1.2    
vacant-houses     KPI   危険な…   戸    decrease         1.2    
seminars          KPI   空き家…   回    maintain         1.2    

Targets
ID                  Baseline       R2       R3       R4
-------------------------------------------------------
social-migration   R1 -4,543                     -1,500
migrants              H30 62      100      130      150
portal-access     H30 91,456  116,000  118,000  120,000
snow-volunteers      H30 968    1,050    1,100    1,150
vacant-houses              —      550      500      450
seminars                   —        4        4  open ※1
※1 seminars R4: 講座の在り方を見直し中
[exit 0]

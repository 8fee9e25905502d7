$ yplan report plans/kokusai-senryaku.yaml
新たな国際戦略の骨子（案） (kokusai-senryaku)
Organization: 山形県 · Period: R2–R6 · Status: draft · Unit: 千円
Validation: 0 errors, 0 warnings

Budget by section (千円)
No budgeted projects.

KPIs and goals
ID                 Kind  Name                                         Unit  Direction  Cum.  Section
----------------------------------------------------------------------------------------------------
trade-indicator    goal  本県産業の発展に向けた貿易振興の目標指標（…        increase         trade  
inbound-indicator  goal  インバウンドの推進の目標指標（数値は今後設…        increase         inbound
intl-indicator     goal  地域の国際化の目標指標（数値は今後設定）           increase         intl   

Targets
ID                 Baseline  R2  R3  R4  R5    R6
-------------------------------------------------
trade-indicator           —                  open
inbound-indicator         —                  open
intl-indicator            —                  open

Progress
3 indicators have no actuals
[exit 0]

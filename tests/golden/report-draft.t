$ yplan report plans/kokusai-senryaku.yaml
新たな国際戦略の骨子（案） (kokusai-senryaku)
Organization: 山形県 · Period: R2–R6 · Status: draft · Unit: 千円
Validation: 0 errors, 0 warnings

Budget by section (千円)
No budgeted projects.

KPIs and goals
No KPIs or goals.
[exit 0]

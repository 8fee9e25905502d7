$ yplan report tests/golden/percent/tiny-change.yaml --kind progress
小さな増減の例 (tiny-change)
Organization: 山形県 · Fiscal year: R3 · Period: R3–R4 · Status: final · Unit: 千円
Validation: 0 errors, 0 warnings

Progress
ID      Name      Year   Actual  Target   Rate  Status
------------------------------------------------------
visits  来訪者数  R3    1,000.4   2,000  <0.1%  behind
[exit 0]

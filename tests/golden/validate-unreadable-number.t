$ yplan validate tests/golden/data/unreadable-number.yaml
tests/golden/data/unreadable-number.yaml:11:21: error[value-format]: cannot read `200,753千円` as a number: `千円` is a unit, not part of the number; write 200,753
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
tests/golden/data/unreadable-number.yaml:17:23: error[value-format]: cannot read `１５５，６１３円` as a number: `円` is a unit, not part of the number
  help: write the number alone, in the field's unit: amounts are in plan.budget_unit (千円 unless stated), so a figure in 円 is divided by 1,000
tests/golden/data/unreadable-number.yaml:23:47: error[value-format]: cannot read `１５５，６１３千円` as a number: `千円` is a unit, not part of the number; write 155,613
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
tests/golden/data/unreadable-number.yaml:28:25: error[value-format]: cannot read `10件` as a number: `件` is a unit, not part of the number; write 10
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
4 errors, 0 warnings in 1 file
[exit 1]

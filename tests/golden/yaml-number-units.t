$ yplan validate tests/golden/mistakes/number-units.yaml
tests/golden/mistakes/number-units.yaml:11:16: error[value-format]: cannot read `1.2万` as a number: `万` is not a digit; write 12,000
  help: write the figure in digits, without 万, 億 or 千, in the unit of the field (amounts are in plan.budget_unit, 千円 unless stated)
tests/golden/mistakes/number-units.yaml:12:20: error[value-format]: cannot read `1,000円` as a number: `円` is a unit, not part of the number
  help: write the number alone, in the field's unit: amounts are in plan.budget_unit (千円 unless stated), so a figure in 円 is divided by 1,000
2 errors, 0 warnings in 1 file
[exit 1]

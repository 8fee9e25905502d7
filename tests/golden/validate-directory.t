$ yplan validate tests/golden/data
tests/golden/data/findings.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
  help: list it under the section it serves, or remove it
tests/golden/data/findings.yaml:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
  help: fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
tests/golden/data/findings.yaml:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
  help: fix the key, add the field, or write the value in the expected form
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
  help: check the indentation and the `key: value` pairs on this line and the one above
tests/golden/data/set-sample.yaml:9:18: warning[kpi-gap]: KPI `k` has no target for R3 (period R2–R3); give a value, or {value: null, note: …} to say why it is open
  help: give the value, or write {value: null, note: …} to say why the target is open
tests/golden/data/unclosed-quote.yaml:4:10: error[parse]: the string quoted here with " is never closed
  help: close the quote on the line where it opens; for text over several lines write `key: |` and indent the lines below it
tests/golden/data/unreadable-number.yaml:11:21: error[value-format]: cannot read `200,753千円` as a number: `千円` is a unit, not part of the number; write 200,753
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
tests/golden/data/unreadable-number.yaml:17:23: error[value-format]: cannot read `１５５，６１３円` as a number: `円` is a unit, not part of the number
  help: write the number alone, in the field's unit: amounts are in plan.budget_unit (千円 unless stated), so a figure in 円 is divided by 1,000
tests/golden/data/unreadable-number.yaml:23:47: error[value-format]: cannot read `１５５，６１３千円` as a number: `千円` is a unit, not part of the number; write 155,613
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
tests/golden/data/unreadable-number.yaml:28:25: error[value-format]: cannot read `10件` as a number: `件` is a unit, not part of the number; write 10
  help: write the number alone; the unit belongs in plan.budget_unit (amounts) or the KPI's `unit`
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
  help: list it under the section it serves, or remove it
8 errors, 3 warnings in 9 files
[exit 1]

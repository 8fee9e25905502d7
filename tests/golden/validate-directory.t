$ yplan validate tests/golden/data
tests/golden/data/findings.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
tests/golden/data/findings.yaml:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
tests/golden/data/findings.yaml:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
tests/golden/data/set-sample.yaml:9:18: warning[kpi-gap]: KPI `k` has no target for R3 (period R2–R3); give a value, or {value: null, note: …} to say why it is open
tests/golden/data/unclosed-quote.yaml:4:10: error[parse]: the string quoted here with " is never closed
tests/golden/data/unreadable-number.yaml:11:13: error[value-format]: cannot read `200,753千円` as a number: unexpected `千円`
tests/golden/data/unreadable-number.yaml:17:15: error[value-format]: cannot read `１５５，６１３円` as a number: unexpected `円`
tests/golden/data/unreadable-number.yaml:23:39: error[value-format]: cannot read `１５５，６１３千円` as a number: unexpected `千円`
tests/golden/data/unreadable-number.yaml:28:23: error[value-format]: cannot read `10件` as a number: unexpected `件`
tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
8 errors, 3 warnings in 7 files
[exit 1]

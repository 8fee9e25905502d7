$ yplan validate tests/golden/data/unreadable-number.yaml
tests/golden/data/unreadable-number.yaml:11:13: error[value-format]: cannot read `200,753千円` as a number: unexpected `千円`
tests/golden/data/unreadable-number.yaml:17:15: error[value-format]: cannot read `１５５，６１３円` as a number: unexpected `円`
tests/golden/data/unreadable-number.yaml:23:39: error[value-format]: cannot read `１５５，６１３千円` as a number: unexpected `千円`
tests/golden/data/unreadable-number.yaml:28:23: error[value-format]: cannot read `10件` as a number: unexpected `件`
4 errors, 0 warnings in 1 file
[exit 1]

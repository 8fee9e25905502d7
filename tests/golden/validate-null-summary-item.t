$ yplan validate tests/golden/messages/null-summary-item.yaml
tests/golden/messages/null-summary-item.yaml:33:9: error[schema]: item 1 of `summary` must be text, not null
  help: fix the key, add the field, or write the value in the expected form
1 error, 0 warnings in 1 file
[exit 1]

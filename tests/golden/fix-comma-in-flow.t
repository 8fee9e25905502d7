$ yplan fix --dry-run tests/golden/messages/comma-in-flow.yaml
--- stderr
tests/golden/messages/comma-in-flow.yaml:8:19: error[value-format]: `1,234,567` inside {...} is read as 1: a comma ends a value there, and what follows it becomes a key
  help: write the number without commas (1234567), or quote it ("1,234,567")
tests/golden/messages/comma-in-flow.yaml:10:51: error[value-format]: `23,674` inside {...} is read as 23: a comma ends a value there, and what follows it becomes a key
  help: write the number without commas (23674), or quote it ("23,674")
2 errors, 0 warnings in 1 file
[exit 1]

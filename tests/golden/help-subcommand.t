$ yplan help validate
Check plan files against every rule of the plan format
Usage: yplan validate [OPTIONS] [paths...]

Positionals:
  paths...              Plan files, directories (searched for *.yaml, *.yml), or - for stdin

Options:
  -h,--help             Print this help message and exit
  --format FORMAT       Output format: text, json, github (Actions annotations), junit (XML), sarif (code scanning) (default: text)
  --strict              Treat warnings as errors
  --skip CHECK          Leave out a check by name (repeatable)
  -q,--quiet            Print only the summary line (text format)
  --color WHEN          Colour the output: auto (a terminal, unless NO_COLOR is set), always, never (default: auto)
  --lang LANG           Language of messages: en or ja (default from LC_ALL / LC_MESSAGES / LANG)
  --plans-only          Skip YAML files that are not plans (neither yplan: nor plan: at the top level), with a note; for hooks that see every *.yaml
  --list-checks         List every check with its severity, then exit
  -j,--jobs N           Check N files at once (default: one per core); output is the same
  --version             Display program version information and exit

Exit status: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage or I/O error.
See yplan-validate(1) and yplan-plan(5).
[exit 0]

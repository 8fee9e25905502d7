$ yplan help
yplan: validate, report, diff and edit public policy plans written as YAML.
See yplan(1) and yplan-plan(5).
Usage: yplan [OPTIONS] SUBCOMMAND

Options:
  -h,--help             Print this help message and exit
  --version             Display program version information and exit
  --lang LANG           Language of messages: en or ja (default from LC_ALL / LC_MESSAGES / LANG)

Subcommands:
  validate              Check plan files against every rule of the plan format
  report                Summarise budgets, KPI trajectories and progress
  diff                  Show what changed between two versions of a plan
  get                   Print values of a plan by path (project.ID.budget, kpi.ID.targets.R3, ...)
  set                   Change values of a plan by path, keeping every other byte of the file
  fix                   Apply the fixes that are certain (totals to their sums), in place, keeping every other byte
  export                Write a plan as a workbook (xlsx) for staff to edit; yplan import reads it back
  import                Apply the edits made in an exported workbook to the plan, byte for byte
  schema                Print the plan format as a JSON Schema (draft 2020-12), for editors
  lsp                   Run the language server (LSP 3.17) on standard input and output
  help                  Print the help of yplan, or of a subcommand
  version               Print yplan's version and the plan format it reads

[exit 0]

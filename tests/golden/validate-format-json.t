$ yplan validate --format json tests/golden/data/findings.yaml
{
  "diagnostics": [
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 14,
      "column": 9,
      "severity": "warning",
      "check": "unlisted-project",
      "path": "project.b",
      "message": "project `b` is defined but no section lists it",
      "help": "list it under the section it serves, or remove it"
    },
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 23,
      "column": 21,
      "severity": "error",
      "check": "budget-total",
      "path": "section.1.total.budget",
      "message": "stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)",
      "help": "fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part"
    },
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 29,
      "column": 9,
      "severity": "error",
      "check": "schema",
      "path": "kpi.k.target",
      "message": "unknown key `target` in a KPI; did you mean `targets`?",
      "help": "fix the key, add the field, or write the value in the expected form"
    }
  ],
  "summary": {
    "files": 1,
    "errors": 2,
    "warnings": 1
  }
}
[exit 1]

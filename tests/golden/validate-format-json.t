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
      "message": "project `b` is defined but no section lists it"
    },
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 23,
      "column": 21,
      "severity": "error",
      "check": "budget-total",
      "path": "section.1.total.budget",
      "message": "stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)"
    },
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 25,
      "column": 9,
      "severity": "warning",
      "check": "kpi-gap",
      "path": "kpi.k",
      "message": "KPI `k` has no target for R2, R3, R4 (period R2–R4); give a value, or {value: null, note: …} to say why it is open"
    },
    {
      "file": "tests/golden/data/findings.yaml",
      "line": 29,
      "column": 9,
      "severity": "error",
      "check": "schema",
      "path": "kpi.k.target",
      "message": "unknown key `target` in a KPI; did you mean `targets`?"
    }
  ],
  "summary": {
    "files": 1,
    "errors": 2,
    "warnings": 2
  }
}
[exit 1]

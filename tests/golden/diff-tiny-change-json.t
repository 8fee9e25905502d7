$ yplan diff --format json tests/golden/percent/tiny-change.yaml - < <(sed 's/budget: 1000001/budget: 1000002/' tests/golden/percent/tiny-change.yaml)
{
  "old": "tests/golden/percent/tiny-change.yaml",
  "new": "-",
  "differences": true,
  "changes": [
    {
      "group": "projects",
      "change": "changed",
      "kind": "project",
      "id": "koho",
      "name": "広報事業費",
      "field": "budget",
      "path": "project.koho.budget",
      "old": "1,000,001",
      "new": "1,000,002",
      "old_number": 1000001,
      "new_number": 1000002,
      "difference": 1,
      "percent": 9.99999000001e-05
    },
    {
      "group": "total",
      "change": "changed",
      "kind": "total",
      "id": "",
      "field": "budget",
      "old": "2,049,601",
      "new": "2,049,602",
      "old_number": 2049601,
      "new_number": 2049602,
      "difference": 1,
      "percent": 4.878998400176424e-05
    }
  ],
  "stat": {
    "projects": {
      "added": 0,
      "removed": 0,
      "renamed": 0,
      "changed": 1
    },
    "total": {
      "added": 0,
      "removed": 0,
      "renamed": 0,
      "changed": 1
    }
  },
  "total": {
    "old": {
      "budget": 2049601,
      "previous": 2050000
    },
    "new": {
      "budget": 2049602,
      "previous": 2050000
    }
  }
}
[exit 1]

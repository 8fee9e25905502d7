$ yplan validate plans/ --format json
{
  "diagnostics": [
    {
      "file": "plans/mirai-2020.yaml",
      "line": 842,
      "column": 29,
      "severity": "warning",
      "check": "relisting-mismatch",
      "path": "section.4.3.1.projects.iju-teiju.budget",
      "message": "listing of `iju-teiju` under section 4.3.1 states budget 170,489, but the project's budget is 200,753 (difference -30,264); mark it `partial: true` if only part of it belongs here",
      "help": "add `partial: true` if only part of the project belongs here; otherwise correct the figure, or list the project by its bare id"
    }
  ],
  "summary": {
    "files": 2,
    "errors": 0,
    "warnings": 1
  }
}
[exit 0]

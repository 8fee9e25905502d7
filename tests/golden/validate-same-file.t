$ yplan validate plans plans/mirai-2020.yaml ./plans/mirai-2020.yaml plans/../plans tests/golden/same-file
plans/mirai-2020.yaml:842:29: warning[relisting-mismatch]: listing of `iju-teiju` under section 4.3.1 states budget 170,489, but the project's budget is 200,753 (difference -30,264); mark it `partial: true` if only part of it belongs here
  help: add `partial: true` if only part of the project belongs here; otherwise correct the figure, or list the project by its bare id
0 errors, 1 warning in 2 files
[exit 0]

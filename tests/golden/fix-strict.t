$ yplan fix plans/mirai-2020.yaml --strict --dry-run
--- stderr
plans/mirai-2020.yaml:842:29: error[relisting-mismatch]: listing of `iju-teiju` under section 4.3.1 states budget 170,489, but the project's budget is 200,753 (difference -30,264); mark it `partial: true` if only part of it belongs here
1 error, 0 warnings in 1 file
[exit 1]

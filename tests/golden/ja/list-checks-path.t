$ yplan validate --lang ja --list-checks plans/mirai-2020.yaml
--- stderr
yplan: validate: --list-checks はチェックの一覧を表示するもので、計画は読みません。`plans/mirai-2020.yaml` か --list-checks のどちらかを外してください（yplan validate --help を参照）
[exit 2]

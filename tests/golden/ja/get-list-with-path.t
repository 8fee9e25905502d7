$ yplan get --lang ja plans/mirai-2020.yaml --list project plan.id
--- stderr
yplan: get: --list は種類ごとの id を表示するもので、パスは読みません。`plan.id` か --list のどちらかを外してください（yplan get --help を参照）
[exit 2]

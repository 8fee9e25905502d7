$ yplan report --lang ja --format json --width 80 plans/mirai-2020.yaml
--- stderr
yplan: report: --width は --format json と併せると効果がありません。どちらかを外してください（yplan report --help を参照）
[exit 2]

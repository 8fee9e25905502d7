$ yplan diff --lang ja -q --format json plans/mirai-2020.yaml plans/mirai-2020.yaml
--- stderr
yplan: diff: --format は --quiet と併せると効果がありません。どちらかを外してください（yplan diff --help を参照）
[exit 2]

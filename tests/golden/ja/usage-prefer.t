$ yplan fix --lang ja --check relisting-mismatch --prefer nope plans/mirai-2020.yaml
--- stderr
yplan: fix: --prefer に `nope` は指定できません。指定できる値は `project` だけです（yplan fix --help を参照）
[exit 2]

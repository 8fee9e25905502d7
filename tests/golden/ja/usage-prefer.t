$ yplan fix --lang ja --check relisting-mismatch --prefer nope plans/mirai-2020.yaml
--- stderr
yplan: fix: --prefer に指定できるのは `project` だけです。`nope` は指定できません（yplan fix --help を参照）
[exit 2]

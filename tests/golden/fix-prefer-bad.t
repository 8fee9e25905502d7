$ yplan fix --check relisting-mismatch --prefer nope plans/mirai-2020.yaml
--- stderr
yplan: fix: --prefer takes only `project`, not `nope` (see yplan fix --help)
[exit 2]

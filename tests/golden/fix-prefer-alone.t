$ yplan fix plans/mirai-2020.yaml --prefer project
--- stderr
yplan: fix: --prefer applies to --check relisting-mismatch
[exit 2]

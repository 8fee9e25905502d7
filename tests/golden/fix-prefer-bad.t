$ yplan fix --check relisting-mismatch --prefer nope plans/mirai-2020.yaml
--- stderr
yplan: fix: --prefer does not take `nope`; give `project`, the only value it takes (see yplan fix --help)
[exit 2]

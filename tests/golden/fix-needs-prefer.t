$ yplan fix plans/mirai-2020.yaml --check relisting-mismatch
--- stderr
yplan: fix: which side of a `relisting-mismatch` is right is a human decision; add `--prefer project` to make each listing take its project's figures (see yplan fix --help)
[exit 2]

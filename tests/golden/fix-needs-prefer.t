$ yplan fix plans/mirai-2020.yaml --check relisting-mismatch
--- stderr
yplan: fix: which side of a `relisting-mismatch` is right is a human decision; `--prefer project` makes each listing take its project's figures
[exit 2]

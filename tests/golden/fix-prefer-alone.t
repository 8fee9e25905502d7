$ yplan fix plans/mirai-2020.yaml --prefer project
--- stderr
yplan: fix: --prefer applies to --check relisting-mismatch only; add that, or drop --prefer (see yplan fix --help)
[exit 2]

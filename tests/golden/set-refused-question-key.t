$ yplan set tests/golden/mistakes/bare-key.yaml kpi.k.unit=件
--- stderr
yplan: `kpi.k.unit=件`: `kpi.k.unit` is a key written without its colon and value (such as `? key`); write it as `key: value` by hand
yplan: set: nothing written; 'tests/golden/mistakes/bare-key.yaml' is unchanged
[exit 1]

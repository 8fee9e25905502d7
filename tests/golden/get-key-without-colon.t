$ yplan get tests/fuzz/corpus/plan/key-without-colon-path.yaml plan.id
t
[exit 0]

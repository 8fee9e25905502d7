$ yplan get tests/fuzz/corpus/plan/invisible-key-path.yaml plan.id plan.title
golden-findings
出力形式の試験用計画
[exit 0]

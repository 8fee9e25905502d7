$ yplan report tests/fuzz/corpus/plan/section-not-a-mapping.yaml --kind outline
警告だけの計画 (golden-warning)
Outline                                                                             This year (千円)
[exit 0]

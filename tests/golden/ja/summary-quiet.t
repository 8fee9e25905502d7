$ yplan validate --lang ja -q plans/ examples/broken/kpi-gap.yaml
エラー 0 件、警告 3 件（3 ファイル）
[exit 0]

$ yplan validate --lang ja examples/broken/category-previous.yaml
examples/broken/category-previous.yaml:17:15: error[category-previous]: 事業 `kenjinkai` は区分が `new`（新規）ですが、前年度予算額 2,660 が記載されています
  help: 区分か前年度予算額を直してください
examples/broken/category-previous.yaml:22:15: warning[category-previous]: 事業 `tabunka` は区分が `revised` ですが、前年度予算額がありません。`new`（新規）ではありませんか？
  help: 区分か前年度予算額を直してください
エラー 1 件、警告 1 件（1 ファイル）
[exit 1]

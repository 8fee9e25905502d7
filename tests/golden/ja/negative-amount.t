$ yplan validate --lang ja examples/broken/negative-amount.yaml
examples/broken/negative-amount.yaml:17:15: error[negative-amount]: 事業 `shimai-koryu` の前年度予算額が -9,720 で、0 を下回っています
  help: 印刷物で △ の付いた数値は、ふつうは予算額ではなく増減の欄の値です。代わりに前年度の欄の値を使ってください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

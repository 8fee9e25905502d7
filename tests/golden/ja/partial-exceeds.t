$ yplan validate --lang ja examples/broken/partial-exceeds.yaml
examples/broken/partial-exceeds.yaml:35:17: error[partial-exceeds]: `denshi-kencho` の一部計上の予算額 219,050 が、事業の予算額 191,905 を超えています（+27,145）
  help: 一部計上の額が全体を超えることはありません。一部計上の額か、事業の額を直してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

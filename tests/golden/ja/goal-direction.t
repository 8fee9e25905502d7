$ yplan validate --lang ja examples/broken/goal-direction.yaml
examples/broken/goal-direction.yaml:27:35: error[goal-direction]: 目標指標 `waiting-children` の目標値 0 が基準値 120 を下回っていますが、この目標指標は増加を目指すものです
  help: 目標値か、目標指標の `direction` を直してください（減少を目指す目標指標なら `direction: decrease`）
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]

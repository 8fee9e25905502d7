$ yplan set --lang ja tests/golden/mistakes/bare-key.yaml section.1.issues.0=課題
--- stderr
yplan: `section.1.issues.0=課題`: `section.1.issues.0` は何も書かれていないリスト項目（`-` だけ）です。yplan はここに書き込めません。`-` の後に値を手で書いてください
yplan: set: 何も書き込んでいません。'tests/golden/mistakes/bare-key.yaml' は変更していません
[exit 1]

$ yplan validate --lang ja
--- stderr
yplan: validate: 検証する計画ファイルかディレクトリを指定してください（標準入力は -）
[exit 2]

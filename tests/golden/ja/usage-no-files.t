$ yplan validate --lang ja
--- stderr
yplan: validate: 計画ファイルが指定されていません。検証する計画ファイルかディレクトリを指定してください（標準入力は -）（yplan validate --help を参照）
[exit 2]

$ yplan report --lang ja --format
--- stderr
yplan: report: --format には値が必要です。後に FORMAT を指定してください（yplan report --help を参照）
[exit 2]

$ yplan validate --lang ja --skip kpi-gapp plans/
--- stderr
yplan: --skip: チェック `kpi-gapp` はありません（`kpi-gap` の誤りではありませんか？）。`yplan validate --list-checks` ですべてのチェック名を表示できます
詳しくは --help を付けて実行してください。
[exit 2]

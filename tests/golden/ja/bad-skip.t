$ yplan validate --lang ja --skip kpi-gapp plans/
--- stderr
yplan: validate: --skip: チェック `kpi-gapp` はありません（`kpi-gap` の誤りではありませんか？）。`yplan validate --list-checks` ですべてのチェック名を表示できます（yplan validate --help を参照）
[exit 2]

#!/usr/bin/env bash
# yplan export and import: a workbook edited with openpyxl as a user would
# (a changed figure, a name with a line break, a new actual, the text 1,234
# typed into a number cell), every refusal and conflict leaving the plan
# byte-identical, and the file changed since the export. Compares with
# workbook-roundtrip.expected.
# usage: workbook-roundtrip.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
  echo "skipped: openpyxl is not installed (Debian: python3-openpyxl)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset YPLAN_LANG NO_COLOR
cd "$tmp"
run() { echo "\$ yplan $*"; "$yplan" "$@" 2>&1; echo "[exit $?]"; }
edit() { "$py" "$here/workbook-edit.py" "$@" || echo "workbook-edit.py failed"; }
same() { if cmp -s "$root/plans/mirai-2020.yaml" plan.yaml; then echo "plan.yaml is byte-identical"; else echo "plan.yaml CHANGED"; fi; }
fresh() { cp "$root/plans/mirai-2020.yaml" plan.yaml; "$yplan" export plan.yaml -o book.xlsx || echo "export failed"; }
{
  echo "## untouched: no change"
  fresh
  run import book.xlsx --dry-run
  run import book.xlsx
  same

  echo "## saved by openpyxl, untouched: no change"
  edit book.xlsx projects iju-teiju C n:200753
  run import book.xlsx --dry-run

  echo "## a changed figure, a name with a line break, a new actual, 1,234 typed as text"
  edit book.xlsx projects iju-teiju C n:210000 projects ryugakusei B 't:留学生受入拡大\n推進事業費' \
    projects wakamono-kaigai D t:1,234 actuals portal-access C n:98765.5
  run import book.xlsx --dry-run
  same
  run import book.xlsx --recalc -q
  diff -u --label before --label after "$root/plans/mirai-2020.yaml" plan.yaml | grep '^[-+]'
  "$yplan" validate plan.yaml > /dev/null; echo "validate: exit $?"
  echo "## imported again: no change"
  run import book.xlsx

  echo "## an unreadable cell, an emptied name: refused, nothing written"
  fresh
  edit book.xlsx projects iju-teiju C t:12万 projects ryugakusei B - kpis portal-access H t:abc
  run import book.xlsx
  same

  echo "## a fraction in an amount; true/false; an emptied optional value"
  fresh
  edit book.xlsx projects iju-teiju C n:1.5
  run import book.xlsx
  same
  fresh
  edit book.xlsx listings 1.1.2 E t:maybe
  run import book.xlsx
  fresh
  edit book.xlsx projects koku-network D -
  run import book.xlsx --recalc --dry-run -q

  echo "## a deleted row and a new row: refused"
  fresh
  edit book.xlsx --delete-row projects shimai-koryu
  run import book.xlsx
  same
  fresh
  edit book.xlsx --add-row projects t:new-project t:新しい事業 n:100
  run import book.xlsx
  same

  echo "## an edit that brings a new error: refused"
  fresh
  edit book.xlsx projects iju-teiju C n:210000
  run import book.xlsx
  same

  echo "## the file changed since the export"
  fresh
  "$yplan" set plan.yaml project.ryugakusei.budget=23,000 --recalc -q
  cp plan.yaml changed.yaml
  edit book.xlsx projects koku-network B t:航空ネットワーク事業費
  run import book.xlsx --dry-run
  echo "## ... and the same cell changed on both sides: a conflict"
  edit book.xlsx projects ryugakusei C n:24000
  run import book.xlsx --recalc
  if cmp -s changed.yaml plan.yaml; then echo "plan.yaml is byte-identical"; else echo "plan.yaml CHANGED"; fi
  run import book.xlsx --recalc --dry-run --prefer file
  run import book.xlsx --recalc --dry-run --prefer workbook
  echo "## both sides made the same change: no conflict"
  edit book.xlsx projects ryugakusei C n:23000
  run import book.xlsx --dry-run

  echo "## --into, and what is not a workbook"
  fresh
  cp plan.yaml other.yaml
  edit book.xlsx projects wakamono-kaigai B t:若者海外体験事業費
  run import book.xlsx --into other.yaml -q
  diff plan.yaml other.yaml | grep '^[<>]'
  run import plan.yaml
  run import missing.xlsx
  "$py" -c 'import openpyxl; openpyxl.Workbook().save("blank.xlsx")'
  run import blank.xlsx
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/workbook-roundtrip.expected"; fi
diff -u "$here/workbook-roundtrip.expected" "$tmp/actual"

#!/usr/bin/env bash
# A workbook re-saved by LibreOffice Calc imports as the original does.
# Calc rewrites the shared strings, the styles and the number formats; the
# batch printed by `import --dry-run` must be the same as from the workbook
# it was given, and an untouched one re-saved must still be no change.
# usage: workbook-calc.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
if ! command -v soffice > /dev/null; then
  echo "skipped: soffice is not installed (Debian: libreoffice-calc-nogui)"
  exit 77
fi
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
  echo "skipped: openpyxl is not installed (Debian: python3-openpyxl)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset YPLAN_LANG
cd "$tmp"
calc() {  # re-saves $1 into calc/ with Calc
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to xlsx --outdir calc "$1" > /dev/null 2>&1
  [ -s "calc/$(basename "$1")" ] || { echo "soffice did not convert $1"; exit 1; }
}
cp "$root/plans/mirai-2020.yaml" plan.yaml
"$yplan" export plan.yaml -o untouched.xlsx || exit 1
calc untouched.xlsx
out=$("$yplan" import calc/untouched.xlsx --dry-run 2>&1); rc=$?
echo "untouched, re-saved by Calc: exit $rc: $out"
[ $rc = 0 ] && [ -z "$("$yplan" import calc/untouched.xlsx --dry-run 2>/dev/null)" ] || exit 1

cp untouched.xlsx edited.xlsx
"$py" "$here/workbook-edit.py" edited.xlsx projects iju-teiju C n:210000 projects ryugakusei B 't:留学生受入拡大\n推進事業費' \
  projects wakamono-kaigai D t:1,234 actuals portal-access C n:98765.5 kpis portal-access H n:117000 || exit 1
"$yplan" import edited.xlsx --recalc --dry-run > original.batch 2>&1 || { cat original.batch; exit 1; }
calc edited.xlsx
"$yplan" import calc/edited.xlsx --recalc --dry-run > calc.batch 2>&1 || { cat calc.batch; exit 1; }
cat original.batch
if diff -u original.batch calc.batch; then echo "the same batch from the workbook re-saved by Calc"; else exit 1; fi
[ "$(grep -c '=' original.batch)" -ge 4 ] || { echo "too few changes in the batch"; exit 1; }
cmp -s plan.yaml "$root/plans/mirai-2020.yaml" && echo "plan.yaml is byte-identical"

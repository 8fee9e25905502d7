#!/usr/bin/env bash
# report --format xlsx, read back with openpyxl (tests/xlsx/check_xlsx.py).
# Skipped (77) when /usr/bin/python3 has no openpyxl (Debian: python3-openpyxl).
# usage: xlsx.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  echo "skipped: /usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)"
  exit 77
fi
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$yplan" report plans/mirai-2020.yaml --format xlsx -o "$tmp/mirai.xlsx" || exit 1
"$yplan" report tests/data/text-cells.yaml --format xlsx -o - > "$tmp/text-cells.xlsx" || exit 1
# Nothing left beside the output but the output.
left=$(ls -A "$tmp" | tr '\n' ' ')
[ "$left" = "mirai.xlsx text-cells.xlsx " ] || { echo "FAIL: files left: $left"; exit 1; }
# A symbolic link is written through to its target.
ln -s mirai.xlsx "$tmp/link.xlsx"
"$yplan" report plans/mirai-2020.yaml --format xlsx --kind budget -o "$tmp/link.xlsx" || exit 1
[ -L "$tmp/link.xlsx" ] || { echo "FAIL: -o LINK replaced the link"; exit 1; }
/usr/bin/python3 tests/xlsx/check_xlsx.py "$tmp/mirai.xlsx" "$tmp/text-cells.xlsx" || exit 1
# A change or rate under 0.1 % either way keeps its exact value and shows
# <0.1% or -<0.1%, never 0.0%; an exact 0 is 0.0%.
"$yplan" report tests/golden/percent/tiny-change.yaml --format xlsx -o "$tmp/tiny.xlsx" || exit 1
/usr/bin/python3 -c '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
got = []
for name, ref in (("Budget by project", "G5"), ("Budget by project", "G6"), ("Budget by project", "G7"), ("Progress", "F5")):
    c = wb[name][ref]
    got.append("%s %s %r %s" % (name, ref, round(c.value, 9), c.number_format))
want = ["Budget by project G5 1e-06 \"<0.1%\"", "Budget by project G6 -0.0004 \"-<0.1%\"",
        "Budget by project G7 0 0.0%", "Progress F5 0.0004 \"<0.1%\""]
sys.exit(0 if got == want else "FAIL: tiny percentages: %s" % got)
' "$tmp/tiny.xlsx" || exit 1
# A name longer than a cell holds (32,767 characters) is cut with …, not dropped.
long=$(printf '長%.0s' $(seq 40000))
printf 'yplan: 1\nplan:\n  id: long\n  title: t\nprojects:\n  - id: a\n    name: %s\n    budget: 1\nsections:\n  - id: "1"\n    title: s\n    projects: [a]\n' "$long" > "$tmp/long.yaml"
"$yplan" report "$tmp/long.yaml" --format xlsx -o "$tmp/long.xlsx" || exit 1
/usr/bin/python3 -c '
import sys, openpyxl
v = openpyxl.load_workbook(sys.argv[1])["Budget by project"]["B5"].value
sys.exit(0 if v and len(v) == 32767 and v.endswith("長…") else "FAIL: long name written as %d characters" % len(v or ""))
' "$tmp/long.xlsx"

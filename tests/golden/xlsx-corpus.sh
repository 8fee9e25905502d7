#!/usr/bin/env bash
# report --format xlsx on every plan of the fuzz corpus (tests/fuzz/corpus/plan)
# that yields a workbook, each opened with openpyxl: every string reaching the
# workbook (cells, page headers, sheet names) must be XML 1.0 text, whatever
# control characters the plan holds (issue 23: a form feed in a title made the
# file unreadable). control-chars.yaml is one that must yield a workbook.
# Skipped (77) when /usr/bin/python3 has no openpyxl (Debian: python3-openpyxl).
# usage: xlsx-corpus.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  echo "skipped: /usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)"
  exit 77
fi
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for f in tests/fuzz/corpus/plan/*; do
  out="$tmp/$(basename "$f").xlsx"
  "$yplan" report --format xlsx -o "$out" "$f" > /dev/null 2>&1
  rc=$?
  case $rc in
    0|1) [ -s "$out" ] && n=$((n + 1)) ;;
    2) rm -f "$out" ;;  # refused (not a plan that loads): no workbook
    *) echo "FAIL: $f: exit $rc"; exit 1 ;;
  esac
done
[ -s "$tmp/control-chars.yaml.xlsx" ] || { echo "FAIL: control-chars.yaml gave no workbook"; exit 1; }
/usr/bin/python3 - "$tmp"/*.xlsx <<'PY' || exit 1
import sys, openpyxl
bad = []
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            ws.oddHeader.left.text, ws.oddHeader.right.text
            for row in ws.iter_rows(values_only=True):
                pass
    except Exception as e:
        bad.append("%s: %s" % (path.rsplit("/", 1)[-1], e))
wb = openpyxl.load_workbook([p for p in sys.argv[1:] if p.endswith("/control-chars.yaml.xlsx")][0])
ws = wb.worksheets[0]
head = ws.oddHeader.left.text
if head != "令和２年度 主要事業  [2J ":
    bad.append("control-chars: page header %r" % head)
if bad:
    print("FAIL:\n" + "\n".join(bad)); sys.exit(1)
PY
echo "ok: $n workbooks from the fuzz corpus open in openpyxl"

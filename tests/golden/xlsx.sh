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
/usr/bin/python3 tests/xlsx/check_xlsx.py "$tmp/mirai.xlsx" "$tmp/text-cells.xlsx"

#!/usr/bin/env bash
# report --kind series --format html of examples/series: the page parses
# (html5lib, strictly), and opens in headless Chromium, whose DOM holds each
# KPI's table and the revised row marked. Skipped (77) without html5lib or
# chromium. The page's exact bytes are examples/series/series-html.expected.
# usage: series-html.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
chrome=$(command -v chromium || command -v chromium-browser || true)
if ! /usr/bin/python3 -c 'import html5lib' 2>/dev/null; then
  echo "skipped: /usr/bin/python3 has no html5lib (apt-get install python3-html5lib)"
  exit 77
fi
if [ -z "$chrome" ]; then
  echo "skipped: chromium is not installed (apt-get install chromium)"
  exit 77
fi
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$yplan" report --kind series --format html examples/series -o "$tmp/series.html" || { echo "FAIL: report"; exit 1; }
/usr/bin/python3 - "$tmp/series.html" <<'PY' || exit 1
import sys, html5lib
p = html5lib.HTMLParser(strict=True)
p.parse(open(sys.argv[1], "rb").read())
PY
timeout 180 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
  --dump-dom "file://$tmp/series.html" > "$tmp/dom.html" 2> "$tmp/chrome.log"
status=0
tables=$(grep -o '<table>' "$tmp/dom.html" | wc -l)
revised=$(grep -o '<tr class="revised">' "$tmp/dom.html" | wc -l)
# 4 indicators + the projects; portal-access and consultation-migrants revised in mirai-2021.
if [ "$tables" != 5 ]; then echo "FAIL: Chromium's DOM has $tables tables, expected 5"; cat "$tmp/chrome.log"; status=1; fi
if [ "$revised" != 2 ]; then echo "FAIL: Chromium's DOM has $revised revised rows, expected 2"; status=1; fi
[ $status = 0 ] && echo "ok: series html parses and opens in Chromium ($tables tables, $revised revised rows)"
exit $status

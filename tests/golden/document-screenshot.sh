#!/usr/bin/env bash
# The plan document's page in headless Chromium: it renders (a screenshot of
# the expected size, not blank). Look at it with KEEP_DIR. Skipped (77)
# without chromium.
# usage: document-screenshot.sh YPLAN REPO_ROOT [KEEP_DIR]  (KEEP_DIR keeps the PNG)
set -u
yplan=$1 root=$2 keep=${3:-}
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "skipped: chromium is not installed (apt-get install chromium)"
  exit 77
fi
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$yplan" report plans/mirai-2020.yaml --kind document --format html --lang ja -o "$tmp/doc.html" || exit 1
# 794 px = 210 mm at 96 px per inch: the A4 page's width.
timeout 180 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
  --window-size=794,2400 --screenshot="$tmp/doc.png" "file://$tmp/doc.html" > "$tmp/chrome.log" 2>&1
if [ ! -s "$tmp/doc.png" ]; then
  echo "FAIL: no screenshot"; cat "$tmp/chrome.log"; exit 1
fi
size=$(od -An -tu1 -j16 -N8 "$tmp/doc.png" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
bytes=$(wc -c < "$tmp/doc.png")
status=0
if [ "$size" != 794x2400 ]; then echo "FAIL: screenshot is $size, expected 794x2400"; status=1; fi
# A blank page compresses to a few kilobytes; a page of text does not.
if [ "$bytes" -lt 60000 ]; then echo "FAIL: screenshot has $bytes bytes: blank?"; status=1; fi
[ -n "$keep" ] && cp "$tmp/doc.png" "$keep"/
[ $status = 0 ] && echo "ok: screenshot $size ($bytes bytes)"
exit $status

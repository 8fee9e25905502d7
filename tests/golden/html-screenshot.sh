#!/usr/bin/env bash
# The bundled plan's HTML page in headless Chromium: it renders (a screenshot
# of the expected size, not blank) and prints on A4 landscape pages, several
# of them (a page break between parts). Skipped (77) without chromium.
# usage: html-screenshot.sh YPLAN REPO_ROOT [KEEP_DIR]  (KEEP_DIR keeps the PNG and PDF to look at)
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
"$yplan" report plans/mirai-2020.yaml --format html -o "$tmp/mirai.html" || exit 1
run() {
  timeout 180 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d "$tmp/profile.XXXXXX")" \
    "$@" "file://$tmp/mirai.html" > "$tmp/chrome.log" 2>&1
}
status=0
run --window-size=1280,3000 --screenshot="$tmp/mirai.png"
if [ ! -s "$tmp/mirai.png" ]; then
  echo "FAIL: no screenshot"; cat "$tmp/chrome.log"; exit 1
fi
# PNG: width and height are the big-endian words at bytes 16 and 20.
size=$(od -An -tu1 -j16 -N8 "$tmp/mirai.png" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
bytes=$(wc -c < "$tmp/mirai.png")
if [ "$size" != 1280x3000 ]; then echo "FAIL: screenshot is $size, expected 1280x3000"; status=1; fi
# A blank page compresses to a few kilobytes; text and charts do not.
if [ "$bytes" -lt 100000 ]; then echo "FAIL: screenshot has $bytes bytes: blank?"; status=1; fi
run --no-pdf-header-footer --print-to-pdf="$tmp/mirai.pdf"
boxes=$(grep -a -o '/MediaBox \[[^]]*\]' "$tmp/mirai.pdf" | sort | uniq -c)
pages=$(grep -a -o '/MediaBox \[[^]]*\]' "$tmp/mirai.pdf" | wc -l)
# A4 landscape: 297 mm × 210 mm = 841.9 × 595.3 pt.
if ! printf '%s\n' "$boxes" | awk 'NF != 6 || $5 < 841 || $5 > 843 || $6+0 < 594 || $6+0 > 596 { bad = 1 } END { exit bad }' \
    || [ "$pages" -lt 3 ]; then
  echo "FAIL: print pages are not A4 landscape, or fewer than 3: $boxes"; status=1
fi
[ -n "$keep" ] && cp "$tmp/mirai.png" "$tmp/mirai.pdf" "$keep"/
[ $status = 0 ] && echo "ok: screenshot $size ($bytes bytes), $pages A4 landscape print pages"
exit $status

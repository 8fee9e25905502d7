#!/usr/bin/env bash
# The HTML report parses, is self-contained, has one chart per indicator with
# one point per set target, and bars proportional to the figures
# (tests/html/check_html.py, against the same report's JSON). Skipped (77)
# when /usr/bin/python3 has no html5lib (Debian: python3-html5lib).
# usage: html.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
if ! /usr/bin/python3 -c 'import html5lib' 2>/dev/null; then
  echo "skipped: /usr/bin/python3 has no html5lib (apt-get install python3-html5lib)"
  exit 77
fi
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for plan in plans/mirai-2020.yaml examples/report/with-actuals.yaml plans/kokusai-senryaku.yaml; do
  "$yplan" report "$plan" --format html -o "$tmp/page.html" || { echo "FAIL: $plan: report -o failed"; status=1; continue; }
  "$yplan" report "$plan" --format html > "$tmp/stdout.html"
  cmp -s "$tmp/page.html" "$tmp/stdout.html" || { echo "FAIL: $plan: -o FILE and standard output differ"; status=1; }
  "$yplan" report "$plan" --format json > "$tmp/report.json"
  printf '%s: ' "$plan"
  /usr/bin/python3 tests/html/check_html.py "$tmp/page.html" "$tmp/report.json" || status=1
done
exit $status

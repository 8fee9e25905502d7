#!/usr/bin/env bash
# The plan document as PDF (report --kind document --format pdf):
# - with no engine in PATH, the error names both Chromium and WeasyPrint (exit 2);
# - the page holds no script and refers to nothing outside it;
# - --strict prints a plan that has warnings only;
# - the bundled plan and the draft print through Chromium on A4 portrait
#   pages (pdfinfo), numbered "N / M" under a running header with the title;
# - pdftotext finds every title, bullet, KPI name, figure and 計 of each plan
#   in document order (document_expected.py computes that order from the
#   YAML with python3-yaml, apart from yplan).
# Skipped (77) without chromium, poppler-utils or python3-yaml.
# usage: document.sh YPLAN REPO_ROOT [KEEP_DIR]  (KEEP_DIR keeps the PDFs to look at)
set -u
yplan=$1 root=$2 keep=${3:-}
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# No engine: a clear error naming both, nothing written.
LANG=C.UTF-8 LC_ALL=C.UTF-8 PATH=/nonexistent "$yplan" report plans/mirai-2020.yaml --kind document --format pdf \
  -o "$tmp/none.pdf" > "$tmp/out" 2> "$tmp/err"
rc=$?
want="yplan: cannot make the PDF: no HTML-to-PDF engine found: install Chromium (chromium) or WeasyPrint (weasyprint), or use --format html and print the page from a browser"
if [ $rc != 2 ] || [ "$(cat "$tmp/err")" != "$want" ] || [ -s "$tmp/out" ] || [ -e "$tmp/none.pdf" ]; then
  echo "FAIL: without an engine: exit $rc, stderr:"; cat "$tmp/err"; status=1
fi

# The page is self-contained: no script, nothing fetched (no URL, no src, no url()).
"$yplan" report plans/mirai-2020.yaml --kind document --format html > "$tmp/page.html" || status=1
if grep -n -i -E '<script|https?:|src=|url\(|@import|<link' "$tmp/page.html"; then
  echo "FAIL: the page refers to something outside it"; status=1
fi

for tool in chromium pdftotext pdfinfo; do
  if ! command -v $tool > /dev/null; then
    echo "skipped: $tool is not installed (scripts/setup --test installs chromium and poppler-utils)"
    exit 77
  fi
done
if ! /usr/bin/python3 -c 'import yaml' 2> /dev/null; then
  echo "skipped: python3-yaml is not installed (scripts/setup --test installs it)"
  exit 77
fi

for plan in mirai-2020 kokusai-senryaku; do
  pdf=$tmp/$plan.pdf
  if ! timeout 300 "$yplan" report "plans/$plan.yaml" --kind document --format pdf --lang ja --strict -o "$pdf" 2> "$tmp/err"; then
    echo "FAIL: $plan: no PDF"; cat "$tmp/err"; status=1; continue
  fi
  # A4 portrait: 210 mm × 297 mm = 595.3 × 841.9 pt (Chromium rounds to 594.96 × 841.92).
  pdfinfo -f 1 -l 999 "$pdf" > "$tmp/info" 2>&1
  pages=$(sed -n 's/^Pages: *//p' "$tmp/info")
  bad=$(grep '^Page .* size:' "$tmp/info" \
    | awk '{ for (i = 1; i < NF; i++) if ($i == "size:") { w = $(i+1); h = $(i+3) } }
           w < 594 || w > 596 || h < 841 || h > 843 { print; exit }')
  if [ -z "$pages" ] || [ -n "$bad" ]; then
    echo "FAIL: $plan: not A4 portrait pages: ${bad:-no page count}"; status=1
  fi
  # Every page: the running header (the title) at its top, "N / M" at its foot.
  title=$(sed -n 's/^  title: *//p' "plans/$plan.yaml" | head -1 | tr -d '"')
  for ((p = 1; p <= ${pages:-0}; p++)); do
    pdftotext -layout -f $p -l $p "$pdf" "$tmp/page.txt"
    first=$(grep -v '^[[:space:]]*$' "$tmp/page.txt" | head -1 | sed 's/^ *//; s/ *$//')
    last=$(grep -v '^[[:space:]]*$' "$tmp/page.txt" | tail -1 | sed 's/^ *//; s/ *$//')
    if [ "$first" != "$title" ] || [ "${last// /}" != "$p/$pages" ]; then
      echo "FAIL: $plan page $p: header '$first', footer '$last' (expected '$title', '$p / $pages')"; status=1
      break
    fi
  done
  pdftotext -raw "$pdf" "$tmp/$plan.txt"
  if ! /usr/bin/python3 tests/golden/document_expected.py "plans/$plan.yaml" "$tmp/$plan.txt"; then
    echo "FAIL: $plan: the PDF's text does not hold the plan in order"; status=1
  else
    echo "ok: $plan: $pages A4 portrait pages"
  fi
  [ -n "$keep" ] && cp "$pdf" "$tmp/$plan.txt" "$keep"/
done
exit $status

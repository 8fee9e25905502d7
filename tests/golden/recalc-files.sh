#!/usr/bin/env bash
# set --recalc and fix writing files: the exact bytes that change (diff of
# the file before and after), the lines printed for what followed, validate
# on the result, CRLF line ends kept, fix run twice (the second finds
# nothing to do), -q. Compares the transcript with recalc-files.expected.
# usage: recalc-files.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
orig="$root/plans/mirai-2020.yaml"
changed() { echo "values changed: $(diff "$1" "$2" | grep -c '^>')"; diff "$1" "$2"; }
{
  cp "$orig" budget.yaml
  echo '$ yplan set budget.yaml --recalc project.iju-teiju.budget=210000'
  "$yplan" set budget.yaml --recalc project.iju-teiju.budget=210000; echo "[exit $?]"
  changed "$orig" budget.yaml
  echo '$ yplan validate budget.yaml'
  "$yplan" validate budget.yaml; echo "[exit $?]"

  cp "$orig" previous.yaml
  echo '$ yplan set previous.yaml --recalc project.iju-teiju.previous=160000 -q   (the ⑳ listing states the old previous: a mirror)'
  "$yplan" set previous.yaml --recalc project.iju-teiju.previous=160000 -q; echo "[exit $?]"
  changed "$orig" previous.yaml
  echo '$ yplan validate previous.yaml'
  "$yplan" validate previous.yaml; echo "[exit $?]"

  sed 's/$/\r/' "$root/tests/golden/fix-data/recalc-notation.yaml" > crlf.yaml
  cp crlf.yaml crlf-before.yaml
  echo '$ yplan set crlf.yaml --recalc project.a.budget=1,250,000   (CRLF line ends)'
  "$yplan" set crlf.yaml --recalc project.a.budget=1,250,000; echo "[exit $?]"
  changed crlf-before.yaml crlf.yaml | sed 's/\r$/<CR>/'
  echo "lines without CR: $(grep -vc $'\r$' crlf.yaml)"
  echo '$ yplan fix crlf.yaml   (nothing to fix)'
  "$yplan" fix crlf.yaml; echo "[exit $?]"

  cp "$root/examples/broken/budget-total.yaml" fix.yaml
  echo '$ yplan fix fix.yaml'
  "$yplan" fix fix.yaml; echo "[exit $?]"
  changed "$root/examples/broken/budget-total.yaml" fix.yaml
  cp fix.yaml fixed.yaml
  echo '$ yplan fix fix.yaml   (again: nothing left to fix)'
  "$yplan" fix fix.yaml; echo "[exit $?]"
  if cmp -s fix.yaml fixed.yaml; then echo "fix.yaml: byte-identical"; else echo "fix.yaml: CHANGED"; fi

  cp "$orig" prefer.yaml
  echo '$ yplan fix prefer.yaml --check relisting-mismatch --prefer project -q'
  "$yplan" fix prefer.yaml --check relisting-mismatch --prefer project -q; echo "[exit $?]"
  changed "$orig" prefer.yaml
  ls -A | grep -c yplan- | sed 's/^/temporary files left: /'
} > actual 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp actual "$here/recalc-files.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/recalc-files.expected" actual

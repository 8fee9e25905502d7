#!/usr/bin/env bash
# Export followed by import is the identity: on the bundled plans, the
# examples and every plan of the fuzz corpus that loads, an untouched
# workbook imports as no change (exit 0, nothing printed with -q, the file
# byte-identical). A plan that is not YAML is refused by export (exit 2)
# and skipped.
# usage: workbook-identity.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
checked=0 skipped=0 failed=0
while IFS= read -r -d '' f; do
  cp "$f" "$tmp/plan.yaml"
  "$yplan" export "$tmp/plan.yaml" -o "$tmp/book.xlsx" 2> "$tmp/err"
  rc=$?
  if [ $rc = 2 ]; then skipped=$((skipped + 1)); continue; fi
  if [ $rc != 0 ]; then echo "$f: export exit $rc: $(head -c 300 "$tmp/err")"; failed=$((failed + 1)); continue; fi
  out=$("$yplan" import "$tmp/book.xlsx" -q 2>&1)
  rc=$?
  if [ $rc != 0 ] || [ -n "$out" ] || ! cmp -s "$f" "$tmp/plan.yaml"; then
    echo "$f: not the identity (exit $rc): $(printf '%s' "$out" | head -c 300)"
    failed=$((failed + 1))
  fi
  checked=$((checked + 1))
done < <(find "$root/plans" "$root/examples" "$root/tests/fuzz/corpus/plan" -type f \( -name '*.yaml' -o -path '*/corpus/*' \) -print0 | sort -z)
echo "$checked plans exported and imported, $skipped not YAML, $failed not the identity"
[ $failed = 0 ] && [ $checked -gt 20 ]

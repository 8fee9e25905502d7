#!/usr/bin/env bash
# Never a wrong figure (issue 22): one plan per kind in figures/, each run
# through validate (every finding: check, line, column), `fix --dry-run`
# (what fix would write, and nothing where a sum is not certain) and the
# budget figures of `report --format json`. Compares with figures.expected.
# usage: figures.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 COLUMNS=100 TERM=dumb
unset NO_COLOR YPLAN_LANG
{
  cd "$root" || exit 1
  for f in tests/golden/figures/*.yaml; do
    echo "\$ yplan validate $f"
    "$yplan" validate "$f" 2>&1; echo "[exit $?]"
    echo "\$ yplan fix --dry-run $f"
    "$yplan" fix --dry-run "$f" 2>/dev/null; echo "[exit $?]"
    echo "\$ yplan report --format json $f   (budget figures)"
    "$yplan" report --format json "$f" 2>/dev/null |
      python3 -c 'import json,sys; d=json.load(sys.stdin); b=d["plans"][0]["budget"]
for k, v in b.items(): print(k + ":", json.dumps(v, ensure_ascii=False, sort_keys=True))'
  done
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/figures.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/figures.expected" "$tmp/actual"

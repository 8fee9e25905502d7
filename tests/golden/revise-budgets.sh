#!/usr/bin/env bash
# Runs examples/scripts/revise-budgets.sh (a budget revision applied with
# `yplan set --recalc`) on the bundled plan and checks the exact result: the
# lines printed, the unified diff of the file, validate on the result; and a
# revision naming an unknown project, refused with the file byte-identical.
# Compares with revise-budgets.expected.
# usage: revise-budgets.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" && ln -s "$yplan" "$tmp/bin/yplan"
export PATH="$tmp/bin:$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8
script="$root/examples/scripts/revise-budgets.sh"
{
  cp "$root/plans/mirai-2020.yaml" "$tmp/mirai-2020.yaml"
  cp "$root/examples/scripts/budget-revision.txt" "$tmp/budget-revision.txt"
  echo '$ revise-budgets.sh mirai-2020.yaml budget-revision.txt'
  (cd "$tmp" && sh "$script" mirai-2020.yaml budget-revision.txt); echo "[exit $?]"
  (cd "$tmp" && diff -u --label mirai-2020.yaml --label mirai-2020.yaml "$root/plans/mirai-2020.yaml" mirai-2020.yaml)
  echo '$ yplan validate mirai-2020.yaml'
  (cd "$tmp" && yplan validate mirai-2020.yaml); echo "[exit $?]"

  cp "$root/plans/mirai-2020.yaml" "$tmp/refused.yaml"
  printf 'iju-teiju 210000\niju-teijuu 5\n' > "$tmp/typo.txt"
  echo '$ revise-budgets.sh refused.yaml typo.txt   (an unknown project: refused)'
  (cd "$tmp" && sh "$script" refused.yaml typo.txt); echo "[exit $?]"
  if cmp -s "$root/plans/mirai-2020.yaml" "$tmp/refused.yaml"; then echo "refused.yaml is byte-identical"; else echo "refused.yaml CHANGED"; fi
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/revise-budgets.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/revise-budgets.expected" "$tmp/actual"

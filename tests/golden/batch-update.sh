#!/usr/bin/env bash
# Runs examples/scripts/raise-fy2021-targets.sh (a batch update with get/set
# only) and checks the exact result: on the sample plan and on the bundled
# plan (the unified diff of each), and a refused batch that must leave the
# file byte-identical. Compares with batch-update.expected.
# usage: batch-update.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" && ln -s "$yplan" "$tmp/bin/yplan"
export PATH="$tmp/bin:$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8
script="$root/examples/scripts/raise-fy2021-targets.sh"
{
  cp "$root/examples/scripts/sample-plan.yaml" "$tmp/sample.yaml"
  echo '$ raise-fy2021-targets.sh sample-plan.yaml 5'
  (cd "$tmp" && sh "$script" sample.yaml 5); echo "[exit $?]"
  (cd "$tmp" && diff -u --label sample-plan.yaml --label sample-plan.yaml "$root/examples/scripts/sample-plan.yaml" sample.yaml)

  cp "$root/plans/mirai-2020.yaml" "$tmp/mirai-2020.yaml"
  echo '$ raise-fy2021-targets.sh mirai-2020.yaml 1'
  (cd "$tmp" && sh "$script" mirai-2020.yaml 1); echo "[exit $?]"
  (cd "$tmp" && diff -u --label mirai-2020.yaml --label mirai-2020.yaml "$root/plans/mirai-2020.yaml" mirai-2020.yaml)

  cp "$root/plans/mirai-2020.yaml" "$tmp/refused.yaml"
  echo '$ raise-fy2021-targets.sh refused.yaml 100000   (R3 would rise above R4: refused)'
  (cd "$tmp" && sh "$script" refused.yaml 100000) 2>&1 | head -3; echo "[exit ${PIPESTATUS[0]}]"
  if cmp -s "$root/plans/mirai-2020.yaml" "$tmp/refused.yaml"; then echo "refused.yaml is byte-identical"; else echo "refused.yaml CHANGED"; fi
  ls -A "$tmp" | grep -c yplan- | sed 's/^/temporary files left: /'
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/batch-update.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/batch-update.expected" "$tmp/actual"

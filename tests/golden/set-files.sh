#!/usr/bin/env bash
# yplan set and the file system: the mode is kept, a symlink is written
# through (and stays a link), a refused edit and a dry run leave the file
# byte-identical, -o writes elsewhere, and no temporary file is left behind.
# Compares the transcript with set-files.expected.
# usage: set-files.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
orig="$root/plans/mirai-2020.yaml"
same() { if cmp -s "$1" "$2"; then echo "$3: byte-identical"; else echo "$3: CHANGED"; fi; }
{
  mkdir d && cp "$orig" d/plan.yaml && chmod 640 d/plan.yaml
  echo '$ yplan set d/plan.yaml kpi.portal-access.targets.R3=119,000   (mode 640)'
  "$yplan" set d/plan.yaml kpi.portal-access.targets.R3=119,000; echo "[exit $?]"
  echo "mode: $(stat -c %a d/plan.yaml)"
  echo "value: $("$yplan" get d/plan.yaml kpi.portal-access.targets.R3)"
  echo "lines changed: $(diff "$orig" d/plan.yaml | grep -c '^[<>]')"

  mkdir real && cp "$orig" real/plan.yaml && ln -s ../real/plan.yaml d/link.yaml
  echo '$ yplan set d/link.yaml kpi.portal-access.targets.R3=119,500   (a symlink)'
  "$yplan" set d/link.yaml kpi.portal-access.targets.R3=119,500; echo "[exit $?]"
  echo "d/link.yaml is a link: $( [ -L d/link.yaml ] && echo yes || echo no )"
  echo "target value: $("$yplan" get real/plan.yaml kpi.portal-access.targets.R3)"

  cp "$orig" d/refused.yaml
  echo '$ yplan set d/refused.yaml kpi.portal-access.targets.R3=130,000   (R3 above R4: refused)'
  "$yplan" set d/refused.yaml kpi.portal-access.targets.R3=130,000 2>/dev/null; echo "[exit $?]"
  same "$orig" d/refused.yaml d/refused.yaml

  cp "$orig" d/dry.yaml
  echo '$ yplan set d/dry.yaml kpi.portal-access.targets.R3=119,500 --dry-run | wc -l'
  "$yplan" set d/dry.yaml kpi.portal-access.targets.R3=119,500 --dry-run | wc -l; echo "[exit ${PIPESTATUS[0]}]"
  same "$orig" d/dry.yaml d/dry.yaml

  cp "$orig" d/src.yaml
  echo '$ yplan set d/src.yaml kpi.portal-access.targets.R3=119,500 -o d/out.yaml'
  "$yplan" set d/src.yaml kpi.portal-access.targets.R3=119,500 -o d/out.yaml; echo "[exit $?]"
  same "$orig" d/src.yaml d/src.yaml
  echo "d/out.yaml value: $("$yplan" get d/out.yaml kpi.portal-access.targets.R3)"

  echo '$ yplan set d/missing.yaml project.a.budget=1'
  "$yplan" set d/missing.yaml project.a.budget=1; echo "[exit $?]"

  echo "temporary files left: $(ls -A d real | grep -c 'yplan-')"
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/set-files.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/set-files.expected" "$tmp/actual"

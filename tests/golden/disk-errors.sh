#!/usr/bin/env bash
# yplan set on a full disk and on a read-only file system: a clear error,
# exit 2, the original untouched, nothing left behind. Needs to mount a
# small tmpfs (root in a sandbox, as CI is); where it cannot, the test is
# reported skipped (exit 77), not passed. Compares with disk-errors.expected.
# usage: disk-errors.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
mkdir "$tmp/full" "$tmp/ro"
trap 'umount "$tmp/full" "$tmp/ro" 2>/dev/null; rm -rf "$tmp"' EXIT
if ! err=$(mount -t tmpfs -o size=128k tmpfs "$tmp/full" 2>&1); then
  if [ "$(id -u)" != 0 ]; then echo "skipped: mounting a small tmpfs (a full disk) needs root"
  else echo "skipped: cannot mount a tmpfs here: $err"; fi
  exit 77
fi
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
orig="$root/plans/mirai-2020.yaml"
{
  cp "$orig" full/plan.yaml
  head -c 1000000 /dev/zero > full/filler 2> /dev/null  # fill the rest
  echo '$ yplan set full/plan.yaml kpi.portal-access.targets.R3=119000   (disk full)'
  "$yplan" set full/plan.yaml kpi.portal-access.targets.R3=119000; echo "[exit $?]"
  cmp -s full/plan.yaml "$orig" && echo "file untouched" || echo "FILE CHANGED"
  echo "left behind: $(ls -A full | grep -c yplan-)"

  mount -t tmpfs tmpfs ro && cp "$orig" ro/plan.yaml && mount -o remount,ro ro
  echo '$ yplan set ro/plan.yaml kpi.portal-access.targets.R3=119000   (read-only)'
  "$yplan" set ro/plan.yaml kpi.portal-access.targets.R3=119000; echo "[exit $?]"
  cmp -s ro/plan.yaml "$orig" && echo "file untouched" || echo "FILE CHANGED"
} > "$tmp/actual" 2>&1
sed -i "s|$tmp/||g" "$tmp/actual"
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/disk-errors.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/disk-errors.expected" "$tmp/actual"

#!/usr/bin/env bash
# Never lose data: kill `yplan set` at every step of its write (the
# YPLAN_TEST_CRASH_AT fault-injection hook, test-only), then at random
# moments with SIGKILL, and check that the file is always the old one or the
# new one, byte for byte, and that no temporary file outlives the next write.
# Compares with crash.expected. (A full disk and a read-only file system:
# disk-errors.sh.)
# usage: crash.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
orig="$root/plans/mirai-2020.yaml"
"$yplan" set "$orig" kpi.portal-access.targets.R3=119000 -o new.yaml
temps() { ls -A . | grep -c '^\.plan\.yaml\.yplan-'; }
state() { if cmp -s plan.yaml "$orig"; then echo old; elif cmp -s plan.yaml new.yaml; then echo new; else echo MIXED; fi; }
{
  # The shell reports each killed child on its own stderr ("Killed", with a
  # pid): the loops' stderr goes nowhere, their results to stdout.
  for step in 1 2 3 4 5 6; do
    cp "$orig" plan.yaml
    # (in a subshell, so that the shell's own "Killed" notice goes nowhere)
    (YPLAN_TEST_CRASH_AT=$step "$yplan" set plan.yaml kpi.portal-access.targets.R3=119000) 2> /dev/null
    rc=$?
    echo "killed at step $step: exit $rc, file $(state), temporaries $(temps)"
  done 2> /dev/null
  echo "the next write clears them: exit $("$yplan" set plan.yaml kpi.portal-access.targets.R4=121000; echo $?), temporaries $(temps)"

  bad=0
  for i in $(seq 1 40); do
    cp "$orig" plan.yaml
    "$yplan" set plan.yaml kpi.portal-access.targets.R3=119000 & pid=$!
    sleep "0.00$((i % 10))"
    kill -9 $pid 2> /dev/null
    wait $pid 2> /dev/null
    s=$(state)
    [ "$s" = MIXED ] && bad=$((bad + 1))
  done 2> /dev/null
  "$yplan" set plan.yaml kpi.portal-access.targets.R4=120000 > /dev/null 2>&1
  echo "40 random SIGKILLs: $bad files neither old nor new; temporaries after the next write: $(temps)"

} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/crash.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/crash.expected" "$tmp/actual"

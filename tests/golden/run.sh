#!/usr/bin/env bash
# Runs one golden transcript and compares everything: stdout, stderr, exit code.
#
# usage: run.sh YPLAN REPO_ROOT TRANSCRIPT
#
# A transcript (examples/**/*.expected, tests/golden/*.t) is:
#   $ yplan ARGS...           the command, run from REPO_ROOT by bash
#   ...                       expected standard output, exactly
#   --- stderr                (optional) then the expected standard error
#   ...
#   [exit N]                  the expected exit code
# Set YPLAN_BLESS=1 to rewrite the transcript from the actual output (then
# read the git diff: blessing is not a substitute for checking).
set -u
yplan=$1 root=$2 t=$3

cmd=$(head -n 1 "$t")
case "$cmd" in
  '$ yplan '*) args=${cmd#'$ yplan '} ;;
  *) echo "$t: first line must be '\$ yplan ARGS'"; exit 1 ;;
esac
last=$(tail -n 1 "$t")
want_rc=$(printf '%s\n' "$last" | sed -n 's/^\[exit \([0-9][0-9]*\)\]$/\1/p')
if [ -z "$want_rc" ]; then echo "$t: last line must be '[exit N]'"; exit 1; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Expected stdout: lines 2..(--- stderr or the last line); stderr after the marker.
sed '1d;$d' "$t" | awk -v out="$tmp/want_out" -v err="$tmp/want_err" '
  BEGIN { f = out; printf "" > out; printf "" > err }
  $0 == "--- stderr" && f == out { f = err; next }
  { print > f }'

# A fixed environment: no colour, a known width, English messages.
(cd "$root" && env -u NO_COLOR -u YPLAN_LANG LANG=C.UTF-8 LC_ALL=C.UTF-8 COLUMNS=100 TERM=dumb \
  YPLAN="$yplan" bash -c "yplan() { \"\$YPLAN\" \"\$@\"; }; yplan $args") \
  > "$tmp/out" 2> "$tmp/err" < /dev/null
rc=$?

if [ "${YPLAN_BLESS:-}" = 1 ]; then
  { printf '%s\n' "$cmd"; cat "$tmp/out"
    if [ -s "$tmp/err" ]; then echo "--- stderr"; cat "$tmp/err"; fi
    echo "[exit $rc]"; } > "$t"
  echo "blessed $t"
  exit 0
fi

status=0
if ! diff -u --label "expected stdout ($t)" --label "actual stdout" "$tmp/want_out" "$tmp/out"; then status=1; fi
if ! diff -u --label "expected stderr ($t)" --label "actual stderr" "$tmp/want_err" "$tmp/err"; then status=1; fi
if [ "$rc" != "$want_rc" ]; then echo "exit code: expected $want_rc, got $rc"; status=1; fi
exit $status

#!/usr/bin/env bash
# report --format xlsx -o - refuses to write the binary workbook to a
# terminal (exit 2, nothing written); to a pipe it writes a zip (PK).
# The terminal is a pseudo-terminal from script(1) (util-linux); skipped
# (77) without it.
# usage: xlsx-tty.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
cd "$root" || exit 1
status=0
magic=$("$yplan" report plans/mirai-2020.yaml --format xlsx -o - | head -c 2)
[ "$magic" = PK ] || { echo "FAIL: -o - to a pipe wrote no workbook"; status=1; }
if ! command -v script > /dev/null; then
  echo "skipped: script(1) is not installed (util-linux)"
  exit 77
fi
out=$(script -qec "'$yplan' report plans/mirai-2020.yaml --format xlsx -o -" /dev/null | tr -d '\r')
script -qec "'$yplan' report plans/mirai-2020.yaml --format xlsx -o -" /dev/null > /dev/null
rc=$?  # script -e: the command's exit status
want="yplan: report: a binary workbook is not written to a terminal; give -o FILE, or redirect standard output (see yplan report --help)"
[ "$out" = "$want" ] || { echo "FAIL: on a terminal, expected the refusal, got: $(printf '%q' "$out")"; status=1; }
[ "$rc" = 2 ] || { echo "FAIL: on a terminal, exit $rc, expected 2"; status=1; }
[ $status = 0 ] && echo "ok: refused on a terminal (exit 2), written to a pipe"
exit $status

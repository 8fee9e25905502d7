#!/usr/bin/env bash
# Every manual page (man/*.[15], man/ja/*.5) read with `man -l` and no
# locale (LANG unset: man formats for ASCII) prints no troff warning, and
# draws the printed minus △ as "-" (yplan-get(1)'s "△4,543" reads "-4,543",
# not "4,543"); with a UTF-8 locale the page keeps its △. Skipped (77) when
# man (Debian package man-db) is not installed.
# usage: man-ascii.sh REPO_ROOT
set -u
root=$1
cd "$root" || exit 1
if ! command -v man > /dev/null; then
  echo "skipped: man is not installed (Debian package man-db; sh scripts/setup installs it)"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
for p in man/*.[15] man/ja/*.5; do
  n=$((n + 1))
  env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LANG= MANWIDTH=80 man -l "$p" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  if [ $rc != 0 ] || [ -s "$tmp/err" ]; then
    echo "FAIL: LANG= man -l $p: exit $rc, stderr:"; head -n 5 "$tmp/err"; fail=1
  fi
  if LC_ALL=C grep -q '[^ -~]' "$tmp/out"; then
    echo "FAIL: LANG= man -l $p: output holds bytes that are not ASCII"; fail=1
  fi
done
# The same line, without a locale and with one.
line() { env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES "$@" MANWIDTH=80 man -l man/yplan-get.1 | grep -m1 'a plain number' | sed 's/^ *//'; }
got=$(line LANG=)
want='a plain number ("-4,543" prints -4543), so that it can go straight into'
[ "$got" = "$want" ] || { echo "FAIL: LANG= man -l man/yplan-get.1: got: $got"; echo "  want: $want"; fail=1; }
got=$(line LANG=C.UTF-8)
want='a plain number ("△4,543" prints -4543), so that it can go straight into'
[ "$got" = "$want" ] || { echo "FAIL: LANG=C.UTF-8 man -l man/yplan-get.1: got: $got"; echo "  want: $want"; fail=1; }
[ $fail = 0 ] && echo "ok: $n pages render without a locale with no warning; △ reads - there, △ with UTF-8"
exit $fail

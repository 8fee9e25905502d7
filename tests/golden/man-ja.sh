#!/usr/bin/env bash
# man/ja/yplan-plan.5: every check of `yplan validate --list-checks` and every
# section of the English page has its Japanese section, and every page (man/*.[15]
# and this one) renders without a groff warning at 80 columns, as
# `MANWIDTH=80 man -l` lays it out (line length 78n): "can't break line" is a
# line that sticks out past the terminal's edge (skipped, exit 77, where groff
# is absent).
#
# usage: man-ja.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
cd "$root" || exit 1
page=man/ja/yplan-plan.5
fail=0
for check in $("$yplan" validate --lang en --list-checks | awk '{print $1}'); do
  esc=${check//-/\\\\-}
  if ! grep -q "^\.SS \"$esc（" "$page"; then
    echo "FAIL: $page has no section for the check $check"; fail=1
  fi
done
en=$(grep -c '^\.SH' man/yplan-plan.5) ja=$(grep -c '^\.SH' "$page")
en_ss=$(grep -c '^\.SS' man/yplan-plan.5) ja_ss=$(grep -c '^\.SS' "$page")
if [ "$en" != "$ja" ] || [ "$en_ss" != "$ja_ss" ]; then
  echo "FAIL: man/yplan-plan.5 has $en .SH and $en_ss .SS, $page $ja and $ja_ss"; fail=1
fi
if ! command -v groff > /dev/null; then
  echo "skipped: groff is not installed (the section checks above ran)"
  [ $fail = 0 ] && exit 77 || exit 1
fi
for p in man/*.[15] man/ja/*.[15]; do
  errors=$(preconv "$p" | groff -man -Tutf8 -rLL=78n -ww -z 2>&1)
  if [ -n "$errors" ]; then echo "FAIL: $p: groff: $errors"; fail=1; fi
done
[ $fail = 0 ] && echo "ok: $page covers every check, and every page renders at 80 columns"
exit $fail

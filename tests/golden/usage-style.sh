#!/usr/bin/env bash
# Every usage error is one line in one style, whichever subcommand (or the
# option parser, CLI11) finds it, in both languages:
#   yplan: SUB: WHAT IS WRONG; WHAT TO DO (see yplan SUB --help)
#   yplan: WHAT IS WRONG; WHAT TO DO (see yplan --help)      before a subcommand
# (Japanese: 。 for ; and （yplan SUB --help を参照）). Exit status 2.
# The exact wording of each is in the transcripts (tests/golden/*.t).
# usage: usage-style.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
cd "$root" || exit 1
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset NO_COLOR LC_MESSAGES
p=plans/mirai-2020.yaml
mistakes=(
  ""  "--bogus"  "--verison"  "validat plans/"  "--lang @ validat"  "--lang @"
  "help valdate"  "help zzzzzz"  "version foo"  "version foo bar"
  "validate"  "validate --formt json plans/"  "validate --format xml plans/"  "validate -j x plans/"
  "validate --jobs 0 plans/"  "validate --skip budget-totl plans/"  "validate --zzzzzz plans/"
  "report"  "report --format"  "report --width abc plans/"  "report --width 5 plans/"  "report --colour never plans/"
  "report $p --format xlsx"  "report $p --kind nope"
  "diff $p"  "diff - -"  "diff a b c"  "diff --git HEAD"  "diff $p $p --git HEAD $p"  "diff --git-external $p $p"
  "get"  "get $p"  "get $p --list nope"
  "set"  "set $p"  "set $p project.iju-teiju.budget"  "set - --from - x=1"
  "fix"  "fix $p --check kpi-gap"  "fix $p --check relisting-mismatch"  "fix $p --prefer project"
  "fix $p --check nonesuch"  "lsp --bogus"  "schema --bogus"
  "report -w 80 $p"  "fix -o x"  "validate --list"  "validate -Q $p"  "-v"  "foo $p"
  "set $p --recalc=maybe x=1"  "validate -q=1 $p"  "get --help=x"  "--version=x"
  "fix $p --check relisting-mismatch --prefer nope"  "get $p --list project plan.id"  "get $p --list kpi --raw"
  "validate --list-checks $p"  "validate --list-checks --strict"  "set $p -n -o x plan.title=a"  "report --bom $p"  "report --format csv --width 80 $p"
  "validate -q --format json $p"  "diff -q --stat $p $p"
)
en='^yplan: ([a-z]+: )?[^;]+; .+ \(see yplan ([a-z]+ )?--help\)$'
ja='^yplan: ([a-z]+: )?.+[。？].+（yplan ([a-z]+ )?--help を参照）$'
status=0 n=0
for lang in en ja; do
  for m in "${mistakes[@]}"; do
    n=$((n + 1))
    m=${m//@/$lang}  # "--lang @": the language of the round
    loc=C.UTF-8; [ "$lang" = ja ] && loc=ja_JP.UTF-8
    # shellcheck disable=SC2086  # the words of a mistake are separate arguments
    err=$(LC_ALL=$loc "$yplan" $m 2>&1 >/dev/null < /dev/null); rc=$?
    lines=$(printf '%s\n' "$err" | wc -l)
    re=$en; [ "$lang" = ja ] && re=$ja
    if [ "$rc" != 2 ] || [ "$lines" != 1 ] || ! printf '%s\n' "$err" | grep -Eq "$re"; then
      echo "FAIL ($lang, exit $rc, $lines lines): yplan $m"
      printf '%s\n' "$err" | sed 's/^/  | /'
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "ok: $n usage errors, each one line in the one style"
exit $status

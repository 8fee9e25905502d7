#!/usr/bin/env bash
# The bash completion (completions/yplan.bash) driven as bash does it, with
# bash-completion loaded: COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT
# set as readline sets them (it splits words at = and :), the function
# called, and COMPREPLY compared exactly.
# usage: completion-bash.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
bc=/usr/share/bash-completion/bash_completion
if ! [ -r "$bc" ]; then echo "skipped: bash-completion is not installed ($bc)"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/work/sub" "$tmp/work/my plans"
ln -s "$yplan" "$tmp/bin/yplan"
export PATH="$tmp/bin:$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8
cp "$root/examples/clean/small-plan.yaml" "$tmp/work/plan.yaml"
cp "$root/examples/clean/small-plan.yaml" "$tmp/work/my plans/p.yaml"
: > "$tmp/work/plain.txt"
cd "$tmp/work" || exit 1
# shellcheck disable=SC1090
. "$bc"
# shellcheck disable=SC1091
. "$root/completions/yplan.bash"
fail=0

# complete LINE WANT...: LINE is what was typed (the cursor at its end).
complete_line() {
  local line=$1
  shift
  COMP_LINE=$line
  COMP_POINT=${#line}
  # Split as readline does: at blanks, and = and : are words of their own.
  COMP_WORDS=()
  # A backslash and its character, and a quoted stretch, stay in the word as typed.
  local rest=$line word="" q=""
  while [ -n "$rest" ]; do
    local c=${rest:0:1}
    rest=${rest:1}
    if [ -n "$q" ]; then
      word+=$c
      [ "$c" = "$q" ] && q=""
      continue
    fi
    case "$c" in
      '\') word+=$c${rest:0:1}; rest=${rest:1} ;;
      "'" | '"') word+=$c; q=$c ;;
      ' ') [ -n "$word" ] && COMP_WORDS+=("$word"); word="" ;;
      '=' | ':') [ -n "$word" ] && COMP_WORDS+=("$word"); COMP_WORDS+=("$c"); word="" ;;
      *) word+=$c ;;
    esac
  done
  COMP_WORDS+=("$word")  # the word being completed (maybe empty)
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _yplan yplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  local got want
  got=$(printf '%s\n' "${COMPREPLY[@]}")
  want=$(printf '%s\n' "$@")
  if [ "$got" != "$want" ]; then
    echo "FAIL: '$line'"
    diff <(echo "$want") <(echo "$got") | sed 's/^/    /'
    fail=1
  else
    echo "ok: '$line' -> $*"
  fi
}

[ "$(complete -p yplan)" = "complete -F _yplan yplan" ] || { echo "FAIL: complete -p yplan: $(complete -p yplan)"; fail=1; }
complete_line 'yplan ' validate report diff get set fix export import schema lsp help version
# A FIFO named like a plan: nothing offered, and nothing blocks (a shell's TAB would hang).
mkfifo pipe.yaml
t0=$SECONDS
complete_line 'yplan get pipe.yaml kpi.'
[ $((SECONDS - t0)) -lt 5 ] || { echo "FAIL: completing against a FIFO took $((SECONDS - t0)) s"; fail=1; }
complete_line 'yplan se' set
complete_line 'yplan validate --f' --format
complete_line 'yplan validate --format ' text json github junit sarif
complete_line 'yplan validate --format=j' json junit
complete_line 'yplan validate --skip kpi-p' kpi-period kpi-percent
complete_line 'yplan validate --skip kpi-gap,goal' kpi-gap,goal-direction
complete_line 'yplan report --lang ' en ja
complete_line 'yplan diff --git-' --git-external
complete_line 'yplan get plan.yaml ' plan. project. section. kpi. goal.
complete_line 'yplan get plan.yaml kpi.' kpi.portal-access. kpi.intl-students.
complete_line 'yplan get plan.yaml kpi.portal-access.targets.R' \
  kpi.portal-access.targets.R2 kpi.portal-access.targets.R3 kpi.portal-access.targets.R4 \
  kpi.portal-access.targets.R5 kpi.portal-access.targets.R6
complete_line 'yplan set plan.yaml plan.t' plan.title plan.total.
complete_line 'yplan set plan.yaml project.ken' project.kenjinkai.
complete_line 'yplan get --raw plan.yaml section.1.1.' section.1.1.1. section.1.1.2. \
  section.1.1.id section.1.1.label section.1.1.title section.1.1.ref section.1.1.goals section.1.1.sections
# issue 23: a path with a space, escaped or quoted, reaches __complete as the shell passes it.
complete_line 'yplan get my\ plans/p.yaml kpi.' kpi.portal-access. kpi.intl-students.
complete_line "yplan get 'my plans/p.yaml' kpi." kpi.portal-access. kpi.intl-students.
complete_line 'yplan get "my plans/p.yaml" kpi.' kpi.portal-access. kpi.intl-students.
complete_line 'yplan get "my plans"/p.yaml kpi.' kpi.portal-access. kpi.intl-students.
complete_line 'yplan validate pl' plain.txt plan.yaml
complete_line 'yplan validate s' sub
complete_line 'yplan schema ' 
complete_line 'yplan nosuch ' 
exit $fail

#!/usr/bin/env bash
# Every help text (yplan --help, each SUBCOMMAND --help, yplan help SUBCOMMAND)
# is free of CLI11's generator words: `TEXT:{a,b}=a`, `UINT:INT in [20 - 1000]`,
# `x 2`, `REQUIRED`, bare type names. Fails naming the text and the line.
# usage: help-artefacts.sh YPLAN
set -u
yplan=$1
artefacts='\b(UINT|INT|TEXT|FLOAT|NUMBER|BOOLEAN|ENUM)\b|in \[|:\{| x [0-9]|REQUIRED|Excludes:|Needs:|\(Env:'
subs=$("$yplan" --help | awk '/^Subcommands:/ { on = 1; next } on && NF { print $1 }')
if [ -z "$subs" ]; then echo "no subcommands in 'yplan --help'"; exit 1; fi
status=0 texts=0
check() {  # LABEL, then the command's arguments
  local label=$1; shift
  local out
  if ! out=$("$yplan" "$@" 2>&1); then echo "$label: exit status $?"; status=1; return; fi
  texts=$((texts + 1))
  local bad
  bad=$(printf '%s\n' "$out" | grep -nE "$artefacts")
  if [ -n "$bad" ]; then
    echo "$label: generator artefacts:"
    printf '%s\n' "$bad" | sed 's/^/  /'
    status=1
  fi
}
check "yplan --help" --help
check "yplan help" help
for s in $subs; do
  check "yplan $s --help" "$s" --help
  check "yplan help $s" help "$s"
done
[ "$status" = 0 ] && echo "$texts help texts, no artefacts"
exit $status

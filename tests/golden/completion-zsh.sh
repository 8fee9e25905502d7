#!/usr/bin/env bash
# The zsh completion (completions/_yplan) in real zsh: `words` and CURRENT set
# as zsh's completion system sets them (each word as typed, quotes and
# backslashes kept), compadd and _files captured, and what _yplan offers
# compared exactly; first of all, paths with a space, escaped or quoted
# (issue 23).
# usage: completion-zsh.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
if ! command -v zsh > /dev/null; then echo "skipped: zsh is not installed"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/work/my plans"
ln -s "$yplan" "$tmp/bin/yplan"
cp "$root/examples/clean/small-plan.yaml" "$tmp/work/plan.yaml"
cp "$root/examples/clean/small-plan.yaml" "$tmp/work/my plans/p.yaml"
cd "$tmp/work" || exit 1
PATH="$tmp/bin:$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 zsh -f -c '
  source "$1"   # defines _yplan (and calls it once with no words: harmless)
  compadd() {   # records the candidates, one line each, after the options
    while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -S ]] && shift; shift; done
    [[ $1 == -- ]] && shift
    print -rl -- "$@"
  }
  _files() { print -r -- ":files" }
  try() {  # try WORD... : the last word is the one being completed
    words=("$@"); CURRENT=$#
    print -r -- "\$ ${(j: :)words}"
    _yplan
  }
  try yplan get plan.yaml kpi.
  try yplan get "my\\ plans/p.yaml" kpi.
  try yplan get "'"'"'my plans/p.yaml'"'"'" kpi.
  try yplan get "\"my plans/p.yaml\"" kpi.
  try yplan get "\"my plans\"/p.yaml" project.k
  try yplan validate --format j
' zsh "$root/completions/_yplan" > "$tmp/out" 2>&1
cat > "$tmp/want" <<'WANT'
$ yplan get plan.yaml kpi.
kpi.portal-access.
kpi.intl-students.
$ yplan get my\ plans/p.yaml kpi.
kpi.portal-access.
kpi.intl-students.
$ yplan get 'my plans/p.yaml' kpi.
kpi.portal-access.
kpi.intl-students.
$ yplan get "my plans/p.yaml" kpi.
kpi.portal-access.
kpi.intl-students.
$ yplan get "my plans"/p.yaml project.k
project.kenjinkai.
$ yplan validate --format j
json
junit
WANT
diff -u --label expected --label actual "$tmp/want" "$tmp/out" || exit 1
echo "ok: zsh completes plan paths after escaped and quoted file names"

#!/usr/bin/env bash
# yplan as git's diff driver (`*.yaml diff=yplan` in .gitattributes and
# `diff.yplan.command = yplan diff --git-external`): in a temporary
# repository, `git diff` of a budget change, of a new plan (old side
# /dev/null), of a removed one (new side /dev/null), of a file that is not
# YAML, and `git log -p`; then (issue 23) a renamed plan (git passes 9
# arguments) through git diff, git show and git log -p, a pure rename, an
# unmerged path (1 argument), a YAML file that is not a plan (a line diff), a
# key the format does not have and a value only written differently (never
# "no changes"). Compares the exact output with git-driver.expected.
# usage: git-driver.sh YPLAN REPO_ROOT   (YPLAN_BLESS=1 rewrites the expected file)
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp" LANG=C.UTF-8 LC_ALL=C.UTF-8 GIT_PAGER=cat PAGER=cat
unset NO_COLOR GIT_EXTERNAL_DIFF
git init -q repo && cd repo || exit 1
git config user.name test && git config user.email test@example.org
git config diff.yplan.command "$yplan diff --git-external"
echo '*.yaml diff=yplan' > .gitattributes
cp "$root/examples/clean/small-plan.yaml" plan.yaml
printf 'a: 1\n' > other.yaml
git add . && git commit -qm v1
"$yplan" set plan.yaml project.iju-teiju.budget=210000 section.1.1.1.total.budget=210000 \
  kpi.portal-access.targets.R3=119,000 plan.total.budget=236424 \
  section.1.1.2.projects.iju-teiju.budget=210000 section.1.1.2.total.budget=236424 > /dev/null || exit 1
{
  echo '$ git diff   (a budget changed)'
  git diff; echo "[exit $?]"
  cp "$root/examples/clean/small-plan.yaml" second.yaml
  git add second.yaml
  echo '$ git diff --cached   (a new plan: old side /dev/null)'
  git diff --cached; echo "[exit $?]"
  git commit -qam v2
  printf 'a: [unclosed\n' > other.yaml
  echo '$ git diff   (a file that is not YAML: a line diff)'
  git diff; echo "[exit $?]"
  git checkout -q other.yaml
  git rm -q second.yaml
  echo '$ git diff --cached   (a removed plan: new side /dev/null)'
  git diff --cached; echo "[exit $?]"
  git commit -qm v3
  echo '$ git log -p --ext-diff --format=%s -1 HEAD~1 -- plan.yaml'
  git log -p --ext-diff --format=%s -1 HEAD~1 -- plan.yaml; echo "[exit $?]"
  git mv plan.yaml renamed.yaml
  "$yplan" set --recalc renamed.yaml project.kenjinkai.budget=2700 > /dev/null 2>&1 || echo "set failed"
  git add renamed.yaml
  echo '$ git diff --cached   (a renamed plan, its budget changed: 9 arguments)'
  git diff --cached; echo "[exit $?]"
  git commit -qm 'v4: renamed'
  echo '$ git show --ext-diff --format=%s HEAD'
  git show --ext-diff --format=%s HEAD; echo "[exit $?]"
  echo '$ git log -p --ext-diff --format=%s -1 -M -- renamed.yaml plan.yaml'
  git log -p --ext-diff --format=%s -1 -M -- renamed.yaml plan.yaml; echo "[exit $?]"
  git mv renamed.yaml plan.yaml
  echo '$ git diff --cached   (a pure rename)'
  git diff --cached; echo "[exit $?]"
  git commit -qm 'v5: renamed back'
  printf 'services:\n  web:\n    image: nginx:1.25\n' > compose.yaml
  git add compose.yaml && git commit -qm compose
  printf 'services:\n  web:\n    image: nginx:1.26\n' > compose.yaml
  echo '$ git diff compose.yaml   (YAML that is not a plan: a line diff)'
  git diff compose.yaml; echo "[exit $?]"
  git checkout -q compose.yaml
  sed -i 's/^  status: final$/  status: final\n  contact: 企画調整課/' plan.yaml
  git commit -qam contact
  sed -i 's/^  contact: 企画調整課$/  contact: 政策企画課/' plan.yaml
  echo '$ git diff   (a key the plan format does not have)'
  git diff; echo "[exit $?]"
  git checkout -q plan.yaml
  sed -i 's/^    previous: 155613$/    previous: 155,613/' plan.yaml
  echo '$ git diff   (a value only written differently)'
  git diff; echo "[exit $?]"
  git checkout -q plan.yaml
  sed -i 's/^    previous: 155613$/    previous: 155613   # as printed/' plan.yaml
  echo '$ git diff   (a comment only)'
  git diff; echo "[exit $?]"
  git checkout -q plan.yaml
  echo '$ yplan diff --git-external plan.yaml   (an unmerged path: 1 argument)'
  "$yplan" diff --git-external plan.yaml 2>&1; echo "[exit $?]"
  echo '$ yplan diff --git-external plan.yaml plan.yaml   (not what git passes)'
  "$yplan" diff --git-external plan.yaml plan.yaml 2>&1; echo "[exit $?]"
} > "$tmp/out" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/out" "$here/git-driver.expected"; exit 0; fi
if ! diff -u "$here/git-driver.expected" "$tmp/out"; then
  echo "FAIL: git diff through yplan differs from tests/golden/git-driver.expected"
  exit 1
fi

#!/usr/bin/env bash
# yplan diff on git revisions: makes a temporary repository, commits two
# versions of a plan, and diffs them by revision (REV:PATH and --git), then a
# bad revision, and a commit a shallow clone lacks. Compares the exact output with git-diff.expected.
# usage: git-diff.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR
git init -q repo && cd repo || exit 1
git config user.name test && git config user.email test@example.org
mkdir plans
cp "$root/plans/mirai-2020.yaml" plans/mirai-2020.yaml
git add plans && git commit -qm v1
cp "$root/examples/diff/mirai-2020-revised.yaml" plans/mirai-2020.yaml
git commit -qam v2
{
  echo '$ yplan diff HEAD~1:plans/mirai-2020.yaml HEAD:plans/mirai-2020.yaml --stat'
  "$yplan" diff HEAD~1:plans/mirai-2020.yaml HEAD:plans/mirai-2020.yaml --stat; echo "[exit $?]"
  echo '$ yplan diff --git HEAD~1 plans/mirai-2020.yaml --stat   (working file = HEAD)'
  "$yplan" diff --git HEAD~1 plans/mirai-2020.yaml --stat; echo "[exit $?]"
  echo '$ (cd plans && yplan diff --git HEAD~1 mirai-2020.yaml --stat)   (from a subdirectory)'
  (cd plans && "$yplan" diff --git HEAD~1 mirai-2020.yaml --stat); echo "[exit $?]"
  echo '$ (cd / && yplan diff --git HEAD~1 ABSOLUTE/plans/mirai-2020.yaml --stat)   (outside the repository)'
  (cd / && "$yplan" diff --git HEAD~1 "$tmp/repo/plans/mirai-2020.yaml" --stat); echo "[exit $?]"
  echo '$ (cd $TMP && yplan diff --git HEAD~1 repo/plans/mirai-2020.yaml --stat)   (relative, from outside)'
  (cd "$tmp" && "$yplan" diff --git HEAD~1 repo/plans/mirai-2020.yaml --stat); echo "[exit $?]"
  echo '$ yplan diff --git HEAD~1 plans/mirai-2020.yaml --quiet'
  "$yplan" diff --git HEAD~1 plans/mirai-2020.yaml --quiet; echo "[exit $?]"
  echo '$ yplan diff --git HEAD plans/mirai-2020.yaml --quiet   (no difference)'
  "$yplan" diff --git HEAD plans/mirai-2020.yaml --quiet; echo "[exit $?]"
  echo '$ yplan diff --git HEAD'
  "$yplan" diff --git HEAD 2>&1; echo "[exit $?]"
  echo '$ yplan diff HEAD:plans/mirai-2020.yaml plans/mirai-2020.yaml'
  "$yplan" diff HEAD:plans/mirai-2020.yaml plans/mirai-2020.yaml; echo "[exit $?]"
  echo '$ yplan diff HEAD~5:plans/mirai-2020.yaml plans/mirai-2020.yaml'
  "$yplan" diff HEAD~5:plans/mirai-2020.yaml plans/mirai-2020.yaml 2>&1; echo "[exit $?]"
  echo '$ yplan diff HEAD:plans/nope.yaml plans/mirai-2020.yaml'
  "$yplan" diff HEAD:plans/nope.yaml plans/mirai-2020.yaml 2>&1; echo "[exit $?]"
  # issue 23: a shallow clone (CI's default checkout) lacks the base commit;
  # git would say the path "exists on disk, but not in" it.
  base=$(git rev-parse HEAD~1)
  git clone -q --depth 1 "file://$tmp/repo" "$tmp/shallow"
  echo '$ (in a shallow clone) yplan diff --git SHA plans/mirai-2020.yaml'
  (cd "$tmp/shallow" && "$yplan" diff --git "$base" plans/mirai-2020.yaml 2>&1; echo "[exit $?]") | sed "s/$base/SHA/g"
  echo '$ (in a shallow clone) yplan diff SHA:plans/mirai-2020.yaml plans/mirai-2020.yaml'
  (cd "$tmp/shallow" && "$yplan" diff "$base:plans/mirai-2020.yaml" plans/mirai-2020.yaml 2>&1; echo "[exit $?]") | sed "s/$base/SHA/g"
  echo '$ (in a shallow clone) yplan diff HEAD~1:plans/mirai-2020.yaml plans/mirai-2020.yaml'
  (cd "$tmp/shallow" && "$yplan" diff HEAD~1:plans/mirai-2020.yaml plans/mirai-2020.yaml 2>&1; echo "[exit $?]")
  echo '$ (in a shallow clone, Japanese) yplan diff --git SHA plans/mirai-2020.yaml'
  (cd "$tmp/shallow" && LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 "$yplan" diff --git "$base" plans/mirai-2020.yaml 2>&1; echo "[exit $?]") | sed "s/$base/SHA/g"
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/git-diff.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/git-diff.expected" "$tmp/actual"

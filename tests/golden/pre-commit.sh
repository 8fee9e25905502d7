#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml, id yplan-validate), offline:
# `pre-commit try-repo` of this repository against a temporary repository
# holding a broken plan (the hook must fail and print the finding), then the
# same repository with a clean plan (the hook must pass); then (issue 23)
# beside it YAML that is not a plan (mkdocs.yml, compose.yaml, a Kubernetes
# manifest: the hook must pass), and a plan without `yplan: 1` (the hook must
# fail, naming it). HOME and
# PRE_COMMIT_HOME are temporary; a `language: system` hook needs no network.
# usage: pre-commit.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
if ! command -v pre-commit > /dev/null; then echo "skipped: pre-commit is not installed"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/cache" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$tmp/bin"
ln -s "$yplan" "$tmp/bin/yplan"
export PATH="$tmp/bin:$PATH"
# try-repo reads the hooks file from a git repository: a copy of this
# checkout's file in a fresh one, so the test sees uncommitted changes too.
mkdir "$tmp/hooks" && cp "$root/.pre-commit-hooks.yaml" "$tmp/hooks/"
git -C "$tmp/hooks" init -q && git -C "$tmp/hooks" add . &&
  git -C "$tmp/hooks" -c user.name=t -c user.email=t@example.org commit -qm hooks || exit 1
git init -q "$tmp/plans" && cd "$tmp/plans" || exit 1
git config user.name test && git config user.email test@example.org
mkdir plans
cp "$root/examples/broken/budget-total.yaml" plans/plan.yaml
printf 'repos: []\n' > .pre-commit-config.yaml   # hidden: the hook must not read it
git add . && git commit -qm broken
fail=0
pre-commit try-repo "$tmp/hooks" yplan-validate --all-files > "$tmp/out1" 2>&1; rc=$?
if [ "$rc" = 0 ]; then echo "FAIL: the hook passed a broken plan"; fail=1; fi
if ! grep -q '^plans/plan.yaml:[0-9]*:[0-9]*: error\[budget-total\]' "$tmp/out1"; then
  echo "FAIL: the hook's output lacks the budget-total finding"; fail=1
fi
cp "$root/examples/clean/small-plan.yaml" plans/plan.yaml
git commit -qam clean
pre-commit try-repo "$tmp/hooks" yplan-validate --all-files > "$tmp/out2" 2>&1; rc=$?
if [ "$rc" != 0 ]; then echo "FAIL: the hook failed a clean plan (exit $rc)"; fail=1; fi
if ! grep -q '^yplan validate\.*Passed$' "$tmp/out2"; then echo "FAIL: no 'Passed' line"; fail=1; fi
printf 'site_name: docs\nnav:\n  - index.md\n' > mkdocs.yml
printf 'services:\n  web:\n    image: nginx:1.25\n' > compose.yaml
mkdir k8s && printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' > k8s/service.yaml
git add . && git commit -qm 'not plans'
pre-commit try-repo "$tmp/hooks" yplan-validate --all-files --verbose > "$tmp/out3" 2>&1; rc=$?
if [ "$rc" != 0 ]; then echo "FAIL: the hook failed on YAML that is not a plan (exit $rc)"; fail=1; fi
for f in mkdocs.yml compose.yaml k8s/service.yaml; do
  if ! grep -qF "yplan: validate: skipped '$f': not a plan (neither yplan: nor plan: at its top level)" "$tmp/out3"; then
    echo "FAIL: no note that $f was skipped"; fail=1
  fi
done
sed '/^yplan: 1$/d' "$root/examples/clean/small-plan.yaml" > plans/plan.yaml
git commit -qam 'no version'
pre-commit try-repo "$tmp/hooks" yplan-validate --all-files > "$tmp/out4" 2>&1; rc=$?
if [ "$rc" = 0 ]; then echo "FAIL: the hook passed a plan without yplan: 1"; fail=1; fi
if ! grep -q '^plans/plan.yaml:[0-9]*:[0-9]*: error\[schema\]: missing .yplan: 1.' "$tmp/out4"; then
  echo "FAIL: the hook's output lacks the missing yplan: 1"; fail=1
fi
if [ "$fail" != 0 ]; then
  echo "--- broken plan:"; cat "$tmp/out1"; echo "--- clean plan:"; cat "$tmp/out2"
  echo "--- not plans:"; cat "$tmp/out3"; echo "--- no yplan: 1:"; cat "$tmp/out4"
  exit 1
fi
cat "$tmp/out1" "$tmp/out2" "$tmp/out3" "$tmp/out4"
echo "ok: the hook fails a broken plan and one without yplan: 1, and passes a clean one and YAML that is not a plan"

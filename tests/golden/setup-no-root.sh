#!/usr/bin/env bash
# scripts/setup as a user who is not root and has no sudo, with packages
# missing: it must say what to run instead (the apt-get line) and exit 1,
# not die with "sudo: not found". dpkg-query is faked (every package
# missing); PATH holds only what setup needs, so no sudo. As root, it runs
# as nobody (setpriv); without setpriv it is skipped (77).
# usage: setup-no-root.sh REPO_ROOT
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
mkdir "$tmp/bin"
printf '#!/bin/sh\nexit 1\n' > "$tmp/bin/dpkg-query"
for tool in sh id grep; do ln -s "$(command -v $tool)" "$tmp/bin/$tool"; done
chmod -R a+rX "$tmp"
cp "$root/scripts/setup" "$tmp/setup"
as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null || { echo "skipped: as root, setpriv is needed to run as nobody"; exit 77; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
"${as_user[@]}" env -i PATH="$tmp/bin" sh "$tmp/setup" > "$tmp/out" 2>&1
rc=$?
# The packages are whatever setup lists (other changes may add some).
pk=$(sed -n 's/^PACKAGES="\(.*\)"$/\1/p' "$tmp/setup" | head -1)
cat > "$tmp/want" <<WANT
setup: missing packages: $pk
setup: not root and sudo is not installed; as root, run:
  apt-get update && apt-get install -y --no-install-recommends $pk
setup: then run this again (or build: see README.md)
WANT
status=0
diff -u --label expected --label actual "$tmp/want" "$tmp/out" || status=1
[ "$rc" = 1 ] || { echo "exit status: expected 1, got $rc"; status=1; }
exit $status

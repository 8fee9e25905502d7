#!/usr/bin/env bash
# scripts/setup as a user who is not root and has no sudo, with packages
# missing: it must say what to run instead (the apt-get line), then to run
# again the command the user ran (`sh scripts/setup`, or `sh scripts/test`
# when scripts/test called it), and exit 1, not die with "sudo: not found".
# dpkg-query is faked (every package missing); PATH holds only what the
# scripts need, so no sudo. As root, it runs as nobody (setpriv); without
# setpriv it is skipped (77).
# usage: setup-no-root.sh REPO_ROOT
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
mkdir -p "$tmp/bin" "$tmp/repo/scripts"
printf '#!/bin/sh\nexit 1\n' > "$tmp/bin/dpkg-query"
for tool in sh id grep sed awk tr dirname nproc; do ln -s "$(command -v $tool)" "$tmp/bin/$tool"; done
cp "$root/scripts/setup" "$root/scripts/test" "$tmp/repo/scripts/"
chmod -R a+rX "$tmp"
as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null || { echo "skipped: as root, setpriv is needed to run as nobody"; exit 77; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
status=0
# check NAME WANT_RERUN COMMAND...: run it in the copy, compare the message.
check() {
  local name=$1 rerun=$2 rc; shift 2
  (cd "$tmp/repo" && "${as_user[@]}" env -i PATH="$tmp/bin" "$@") > "$tmp/out" 2>&1
  rc=$?
  # The packages are whatever setup lists (other changes may add some), but
  # the ones the Quick start needs on a fresh root must be among them.
  pk=$(sed -n 's/^setup: missing packages: //p' "$tmp/out")
  for p in cmake g++ libxlsxwriter-dev zlib1g-dev man-db dpkg-dev file; do
    case " $pk " in *" $p "*) ;; *) echo "FAIL: $name: $p is not among the packages: $pk"; status=1 ;; esac
  done
  cat > "$tmp/want" <<WANT
setup: missing packages: $pk
setup: not root and sudo is not installed; as root, run:
  apt-get update && apt-get install -y --no-install-recommends $pk
setup: then run \`$rerun\` again
WANT
  diff -u --label "$name: expected" --label "$name: actual" "$tmp/want" "$tmp/out" || status=1
  [ "$rc" = 1 ] || { echo "FAIL: $name: exit status: expected 1, got $rc"; status=1; }
}
check "sh scripts/setup" "sh scripts/setup" sh scripts/setup
check "sh scripts/setup --test" "sh scripts/setup --test" sh scripts/setup --test
# scripts/test stops there (nothing to build with) and names itself.
check "sh scripts/test" "sh scripts/test" sh scripts/test
case " $pk " in *" neovim "*) ;; *) echo "FAIL: sh scripts/test: setup without --test: $pk"; status=1 ;; esac
[ $status = 0 ] && echo "ok: setup names the command to run again: sh scripts/setup, sh scripts/setup --test, sh scripts/test"
exit $status

#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` builds yplan_VERSION_amd64.deb whose
# contents are the binary, every man page and the three completions, with
# dependencies computed by dpkg-shlibdeps, a maintainer, a section and a
# description. As root, the package is then installed with dpkg -i, its
# /usr/bin/yplan validates the bundled plans as the built binary does, man
# finds its pages, and it is removed again with dpkg -r (always, even when a
# step fails), leaving the machine as it was. Skipped when not root, when a
# yplan package is already installed, or when a tool is missing.
# usage: deb.sh YPLAN REPO_ROOT BUILD_DIR
set -u
yplan=$1 root=$2 build=$3
if [ "$(id -u)" != 0 ]; then echo "skipped: installing a package needs root"; exit 77; fi
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps man; do
  if ! command -v "$tool" > /dev/null; then
    echo "skipped: $tool is missing (sh scripts/setup --test installs dpkg-dev and man-db)"; exit 77
  fi
done
if dpkg-query -W -f='${Status}' yplan 2> /dev/null | grep -q installed; then
  echo "skipped: a yplan package is installed already; this test will not replace it"; exit 77
fi
tmp=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg_retry -r yplan > /dev/null || echo "FAIL: dpkg -r yplan"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# Another apt or dpkg may hold the lock for a while: wait for it (up to 5 minutes).
dpkg_retry() {
  local i
  for i in $(seq 60); do
    if dpkg "$@" 2> "$tmp/dpkg.err"; then return 0; fi
    grep -q 'lock' "$tmp/dpkg.err" || { cat "$tmp/dpkg.err"; return 1; }
    sleep 5
  done
  cat "$tmp/dpkg.err"
  return 1
}
fail=0
version=$(sed -n 's/^project(yplan VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" > "$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb="$tmp/pkg/yplan_${version}_amd64.deb"
if ! [ -f "$deb" ]; then echo "FAIL: no $deb; cpack made: $(ls "$tmp/pkg")"; exit 1; fi
echo "ok: $(basename "$deb")"

# Contents: the binary, every man page of man/, the three completions.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | sort > "$tmp/contents"
want=(/usr/bin/yplan /usr/share/bash-completion/completions/yplan /usr/share/zsh/vendor-completions/_yplan
      /usr/share/fish/vendor_completions.d/yplan.fish)
for page in "$root"/man/*.1; do want+=("/usr/share/man/man1/$(basename "$page")"); done
for page in "$root"/man/*.5; do want+=("/usr/share/man/man5/$(basename "$page")"); done
for f in "${want[@]}"; do
  grep -qx "$f" "$tmp/contents" || { echo "FAIL: the package lacks $f"; fail=1; }
done
echo "ok: the package holds ${#want[@]} files that must be there ($(grep -c "^/usr/share/man/.*\.[15]$" "$tmp/contents") man pages)"

# Control fields.
for field in Package Version Architecture Maintainer Section Description Depends; do
  value=$(dpkg-deb -f "$deb" "$field")
  if [ -z "$value" ]; then echo "FAIL: no $field"; fail=1; fi
done
[ "$(dpkg-deb -f "$deb" Section)" = utils ] || { echo "FAIL: Section is not utils"; fail=1; }
# shlibdeps: the shared libraries the binary links, as Debian packages.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libyaml-cpp libfmt libutf8proc libstdc++6; do
  case "$depends" in *"$lib"*) ;; *) echo "FAIL: Depends lacks $lib: $depends"; fail=1 ;; esac
done
echo "ok: Depends: $depends"

# Install, use, remove.
dpkg_retry -i "$deb" > /dev/null || { echo "FAIL: dpkg -i"; exit 1; }
installed=1
cd "$root" || exit 1
/usr/bin/yplan validate plans/ > "$tmp/installed.out" 2>&1; rc_installed=$?
"$yplan" validate plans/ > "$tmp/built.out" 2>&1; rc_built=$?
if [ "$rc_installed" != "$rc_built" ] || ! cmp -s "$tmp/installed.out" "$tmp/built.out"; then
  echo "FAIL: /usr/bin/yplan validate plans/ (exit $rc_installed) differs from the built binary (exit $rc_built)"
  diff "$tmp/built.out" "$tmp/installed.out"
  fail=1
else
  echo "ok: /usr/bin/yplan validate plans/: $(tail -n 1 "$tmp/installed.out")"
fi
pages=$(man -w yplan yplan-plan 2>&1)
if [ "$pages" != "$(printf '/usr/share/man/man1/yplan.1\n/usr/share/man/man5/yplan-plan.5')" ]; then
  echo "FAIL: man -w yplan yplan-plan: $pages"; fail=1
else
  echo "ok: man -w finds" $pages
fi
dpkg_retry -r yplan > /dev/null || { echo "FAIL: dpkg -r"; fail=1; }
installed=0
if [ -e /usr/bin/yplan ] || dpkg-query -W -f='${Status}' yplan 2> /dev/null | grep -q 'install ok'; then
  echo "FAIL: yplan is still installed after dpkg -r"; fail=1
else
  echo "ok: removed"
fi
exit $fail

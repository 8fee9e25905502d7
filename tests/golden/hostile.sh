#!/usr/bin/env bash
# Hostile inputs: each gets a clear message (with file and position where
# there is one), exit 1 or 2, no crash, no hang (a time limit), bounded
# memory (a 2 GiB address-space limit). Compares with hostile.expected.
# usage: hostile.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR
cd "$tmp" || exit 1

# ASan reserves terabytes of address space, so under the sanitizers the
# memory bound is ASan's own (it aborts past its limits), not ulimit -v.
asan=$(ldd "$yplan" 2>/dev/null | grep -o libasan | head -1)

# Runs yplan with limits; prints its output (long lines cut) and exit status.
y() {
  echo "\$ yplan $*"
  ( [ -z "$asan" ] && ulimit -v 2097152; timeout 120 "$yplan" "$@" ) > out 2> err
  local rc=$?
  # (Each finding is two lines, with its help line: keep the first and last three.)
  if [ "$(wc -l < out)" -gt 16 ]; then
    cut -c1-160 out | head -6; echo "..."; cut -c1-160 out | tail -6
  else
    cut -c1-160 out
  fi
  cut -c1-160 err | head -4
  [ $rc -ge 124 ] && echo "!! killed or timed out ($rc)"
  echo "[exit $rc]"
}

plan='yplan: 1
plan: {id: x, title: 題}
'
: > empty.yaml
printf '# only\n# comments\n' > comments.yaml
printf -- '- a\n- b\n' > list-root.yaml
printf 'just a scalar\n' > scalar-root.yaml
printf '%s---\n%s' "$plan" "$plan" > two-documents.yaml
printf 'yplan: 1\nplan: {id: x, title: "\xff\xfe"}\n' > invalid-utf8.yaml
printf 'yplan: 1\nplan:\0 {id: x}\n' > nul.yaml
# A UTF-8 byte-order mark and CRLF line ends must simply work: same finding, same place.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$root/plans/mirai-2020.yaml"; } > bom-crlf.yaml
{ printf 'yplan: 1\nplan:\n  id: big\n  title: "'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '"\n'; } > scalar-100mb.yaml
{ printf 'a: '; head -c 100000 /dev/zero | tr '\0' '['; echo; } > deep-flow.yaml
{ for i in $(seq 1 10000); do printf -- '- '; done; echo x; } > deep-block.yaml
# "Billion laughs": 9^9 "lol"s if aliases were expanded. They never are.
{ echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  prev=a; for c in b c d e f g h i; do printf '%s: &%s [' $c $c; for k in 1 2 3 4 5 6 7 8; do printf '*%s,' $prev; done; printf '*%s]\n' $prev; prev=$c; done
  echo 'yplan: 1'; echo 'plan: {id: x, title: t, note: *i}'; } > alias-bomb.yaml
printf 'yplan: 1\nplan:\n  id: x\n  title: a\n  title: b\n' > duplicate-keys.yaml
printf '%sprojects:\n  - {id: a, name: n, budget: 99999999999999999999}\n  - {id: b, name: n, budget: 9223372036854775807}\n  - {id: c, name: n, budget: 9223372036854775807}\nsections:\n  - {id: s, title: t, projects: [b, c], total: {budget: 1}}\n' "$plan" > beyond-64-bits.yaml
printf '%sprojects:\n  - {id: "a\\x01b", name: n, budget: 1}\n  - {id: "tab\\there", name: n, budget: 1}\n' "$plan" > control-id.yaml
mkdir dir.yaml
printf '%s' "$plan" > unreadable.yaml && chmod 000 unreadable.yaml
mkdir walk && printf '%s' "$plan" > walk/ok.yaml && ln -s loop.yaml walk/loop.yaml && ln -s .. walk/up

{
  y validate empty.yaml
  y validate comments.yaml
  y validate list-root.yaml
  y validate scalar-root.yaml
  y validate two-documents.yaml
  y validate invalid-utf8.yaml
  y validate nul.yaml
  y validate bom-crlf.yaml
  y validate scalar-100mb.yaml
  y validate deep-flow.yaml
  y validate deep-block.yaml
  y validate alias-bomb.yaml
  y validate duplicate-keys.yaml
  y validate beyond-64-bits.yaml
  y validate control-id.yaml
  y validate dir.yaml
  y get dir.yaml plan.id
  y set dir.yaml plan.id=y
  y report dir.yaml
  # A file its reader may not read. Root reads anything, so root reads it as
  # nobody (setpriv); any other user is refused as it is. The transcript is
  # the same either way.
  echo '$ yplan validate unreadable.yaml   (as a user who may not read it)'
  if [ "$(id -u)" = 0 ]; then
    if command -v setpriv > /dev/null; then
      setpriv --reuid=65534 --regid=65534 --clear-groups "$yplan" validate unreadable.yaml > out 2> err; rc=$?
    else
      echo "hostile.sh: as root, setpriv (util-linux) is needed to read as nobody" > err; : > out; rc=99
    fi
  else
    "$yplan" validate unreadable.yaml > out 2> err; rc=$?
  fi
  cat out err; echo "[exit $rc]"
  y validate walk
  echo '$ yplan report plans/mirai-2020.yaml | head -1   (output cut off)'
  "$yplan" report "$root/plans/mirai-2020.yaml" 2> err | head -1; echo "[exit ${PIPESTATUS[0]}]"
  cat err
} > "$tmp/actual" 2>&1
sed -i "s|$tmp/||g; s|$root/||g" "$tmp/actual"
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/hostile.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/hostile.expected" "$tmp/actual"

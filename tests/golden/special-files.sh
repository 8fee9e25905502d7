#!/usr/bin/env bash
# Special files. Reading: every input (a device, a FIFO, a process
# substitution, standard input, a --from batch, either side of a diff) goes
# through one bounded reader: /dev/zero is refused past 256 MiB with exit 2,
# quickly and without unbounded memory (a 1 GiB address-space limit here).
# Writing: -o onto a FIFO or a character device writes through it and leaves
# it what it was (no rename over it); only a regular file is replaced.
# Compares the transcript with special-files.expected.
# usage: special-files.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
asan=$(ldd "$yplan" 2>/dev/null | grep -o libasan | head -1)
# Runs yplan (as given, through bash for <(...) and pipes) with a memory and time limit.
y() {
  echo "\$ yplan $*"
  ( [ -z "$asan" ] && ulimit -v 1048576; YPLAN=$yplan timeout 60 bash -c "yplan() { \"\$YPLAN\" \"\$@\"; }; yplan $*" ) 2>&1
  local rc=$?
  [ $rc -ge 124 ] && echo "!! killed or timed out ($rc)"
  echo "[exit $rc]"
}
kind() { stat -c %F "$1"; }
cp "$root/examples/scripts/sample-plan.yaml" plan.yaml
printf 'plan.title=x\n' > batch.txt
{
  y validate /dev/zero
  y report /dev/zero
  y get /dev/zero plan.title
  y set /dev/zero plan.title=x
  y set plan.yaml --from /dev/zero
  y diff /dev/zero plan.yaml
  y diff plan.yaml /dev/zero
  y diff plan.yaml - '< /dev/zero'
  y validate '<(head -c 300000000 /dev/zero)'
  y validate - '< /dev/zero'
  y set plan.yaml --from - '< /dev/zero'
  # A FIFO and process substitution are read like files when they hold a plan.
  y validate '<(cat plan.yaml)'
  y get '<(cat plan.yaml)' plan.title
  y set plan.yaml --from '<(cat batch.txt)' -o -  '| grep title:'

  mkfifo out.fifo
  echo '$ yplan set plan.yaml plan.title=x -o out.fifo   (a reader on the FIFO)'
  timeout 20 cat out.fifo > read.txt &
  reader=$!
  timeout 20 "$yplan" set plan.yaml plan.title=x -o out.fifo; echo "[exit $?]"
  wait $reader
  echo "the reader got: $(grep -c . read.txt) lines, $(grep 'title:' read.txt)"
  echo "out.fifo is: $(kind out.fifo)"
  mkfifo in.fifo
  echo '$ yplan validate in.fifo   (a writer on the FIFO)'
  timeout 20 sh -c 'cat plan.yaml > in.fifo' &
  timeout 20 "$yplan" validate in.fifo; echo "[exit $?]"
  wait
  echo "in.fifo is: $(kind in.fifo)"

  # A character device: as root, one of our own (mknod, the null device's
  # numbers) so that a fault can never replace the system's /dev/null; as
  # another user, /dev/null itself (which that user could not replace).
  if [ "$(id -u)" = 0 ]; then mknod null.dev c 1 3 && dev=null.dev; else dev=/dev/null; fi
  echo '$ yplan set plan.yaml plan.title=x -o NULL-DEVICE'
  "$yplan" set plan.yaml plan.title=x -o "$dev"; echo "[exit $?]"
  echo "NULL-DEVICE is: $(kind "$dev"), $(stat -c '%t,%T' "$dev")"
  test -c /dev/null && echo "/dev/null is a character device" || echo "/dev/null IS NOT A CHARACTER DEVICE"
  # report -o goes through the same writer, in every format (the workbook too).
  mkfifo rep.fifo
  echo '$ yplan report plan.yaml --format xlsx -o rep.fifo   (a reader on the FIFO)'
  timeout 20 cat rep.fifo > rep.bin &
  reader=$!
  timeout 20 "$yplan" report plan.yaml --format xlsx -o rep.fifo; echo "[exit $?]"
  wait $reader
  echo "the reader got a workbook: $(head -c 2 rep.bin)"
  echo "rep.fifo is: $(kind rep.fifo)"
  echo '$ yplan report plan.yaml --format xlsx -o NULL-DEVICE'
  "$yplan" report plan.yaml --format xlsx -o "$dev"; echo "[exit $?]"
  echo "NULL-DEVICE is: $(kind "$dev")"
  echo '$ yplan report plan.yaml --format html -o NULL-DEVICE'
  "$yplan" report plan.yaml --format html -o "$dev"; echo "[exit $?]"
  echo "NULL-DEVICE is: $(kind "$dev")"
  if [ "$(id -u)" = 0 ]; then mknod full.dev c 1 7 && full=full.dev; else full=/dev/full; fi
  echo '$ yplan report plan.yaml --format xlsx -o FULL-DEVICE'
  "$yplan" report plan.yaml --format xlsx -o "$full" 2>&1 | sed "s|$full|FULL-DEVICE|"; echo "[exit ${PIPESTATUS[0]}]"
  echo "FULL-DEVICE is: $(kind "$full")"
  printf 'old\n' > kept.xlsx && chmod 640 kept.xlsx
  echo '$ yplan report plan.yaml --format xlsx -o kept.xlsx   (mode 640)'
  "$yplan" report plan.yaml --format xlsx -o kept.xlsx; echo "[exit $?]"
  echo "kept.xlsx: mode $(stat -c %a kept.xlsx), starts $(head -c 2 kept.xlsx)"
  # Standard output that cannot be written (a full disk): an error and exit 2,
  # never 0 with half the output; a reader that went away stays quiet (hostile.sh).
  for cmd in "validate plan.yaml" "report plan.yaml" "get plan.yaml plan" "schema" "report plan.yaml --format xlsx -o -"; do
    echo "\$ yplan $cmd > /dev/full"
    $yplan $cmd > /dev/full; echo "[exit $?]"
  done
  # A socket cannot be opened for writing: a clear error, and it stays a socket.
  /usr/bin/python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("plan.sock")'
  echo '$ yplan set plan.yaml plan.title=x -o plan.sock'
  "$yplan" set plan.yaml plan.title=x -o plan.sock; echo "[exit $?]"
  echo "plan.sock is: $(kind plan.sock)"
  # A directory walk skips FIFOs and devices named *.yaml (one would block).
  mkdir walk && cp plan.yaml walk/ok.yaml && mkfifo walk/pipe.yaml
  echo '$ yplan validate walk   (walk/pipe.yaml is a FIFO)'
  timeout 20 "$yplan" validate walk; echo "[exit $?]"
  mkdir dir.out
  echo '$ yplan set plan.yaml plan.title=x -o dir.out'
  "$yplan" set plan.yaml plan.title=x -o dir.out; echo "[exit $?]"
  echo "temporary files left: $(ls -A . dir.out | grep -c 'yplan-')"
} > "$tmp/actual" 2>&1
sed -i "s|$tmp/||g; s|$root/||g; s|/dev/fd/[0-9]*|/dev/fd/N|g" "$tmp/actual"
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/special-files.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/special-files.expected" "$tmp/actual"

#!/usr/bin/env bash
# No source file of src/ or include/ is over 600 lines: files are split by
# concept (README "Layout"), and this catches one that has grown past it.
set -euo pipefail
root=$1
over=$(find "$root/src" "$root/include" -name '*.cpp' -o -name '*.hpp' | sort | while read -r f; do
  n=$(wc -l < "$f")
  [ "$n" -le 600 ] || echo "${f#"$root"/}: $n lines (at most 600; split it by concept)"
done)
if [ -n "$over" ]; then echo "$over"; exit 1; fi
echo ok

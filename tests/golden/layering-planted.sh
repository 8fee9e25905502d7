#!/usr/bin/env bash
# scripts/check-layering fails on an include from a higher family, naming the
# file, the line and both families: a copy of src/, include/ and the script
# gets one planted include (base including the editor's header), then one
# planted CMake link (yaml linking checks).
set -euo pipefail
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/src" "$root/include" "$tmp/"
mkdir "$tmp/scripts"
cp "$root/scripts/check-layering" "$tmp/scripts/"

# The copy as it is holds.
python3 "$tmp/scripts/check-layering" "$tmp"

# An include of a higher family, on line 3 of a base file.
f="$tmp/src/base/text.cpp"
{ sed -n 1,2p "$f"; echo '#include "yplan/edit.hpp"'; sed '1,2d' "$f"; } > "$f.new" && mv "$f.new" "$f"
set +e
out=$(python3 "$tmp/scripts/check-layering" "$tmp" 2>&1)
rc=$?
set -e
want='src/base/text.cpp:3: base includes yplan/edit.hpp (edit), which base may not use (scripts/check-layering)
check-layering: 1 problem'
if [ "$rc" -ne 1 ] || [ "$out" != "$want" ]; then
  printf 'planted include: exit %s, output:\n%s\nwanted exit 1 and:\n%s\n' "$rc" "$out" "$want"
  exit 1
fi
cp "$root/src/base/text.cpp" "$f"

# A private header of a higher family, through its folder (src/lsp/).
f="$tmp/src/load/values.cpp"
printf '#include "lsp/protocol.hpp"\n' >> "$f"
n=$(wc -l < "$f")
set +e
out=$(python3 "$tmp/scripts/check-layering" "$tmp" 2>&1)
rc=$?
set -e
want="src/load/values.cpp:$n: load includes lsp/protocol.hpp (lsp), which load may not use (scripts/check-layering)
check-layering: 1 problem"
if [ "$rc" -ne 1 ] || [ "$out" != "$want" ]; then
  printf 'planted private include: exit %s, output:\n%s\nwanted exit 1 and:\n%s\n' "$rc" "$out" "$want"
  exit 1
fi
cp "$root/src/load/values.cpp" "$f"

# A CMake link the table does not allow.
sed -i 's/^yplan_family(yaml USES base /yplan_family(yaml USES base checks /' "$tmp/src/CMakeLists.txt"
line=$(grep -n '^yplan_family(yaml ' "$tmp/src/CMakeLists.txt" | cut -d: -f1)
set +e
out=$(python3 "$tmp/scripts/check-layering" "$tmp" 2>&1)
rc=$?
set -e
want="src/CMakeLists.txt:$line: yaml links checks, which yaml may not use
check-layering: 1 problem"
if [ "$rc" -ne 1 ] || [ "$out" != "$want" ]; then
  printf 'planted link: exit %s, output:\n%s\nwanted exit 1 and:\n%s\n' "$rc" "$out" "$want"
  exit 1
fi

# A source file left directly in src/.
cp "$root/src/CMakeLists.txt" "$tmp/src/CMakeLists.txt"
echo '// stray' > "$tmp/src/stray.cpp"
set +e
out=$(python3 "$tmp/scripts/check-layering" "$tmp" 2>&1)
rc=$?
set -e
want="src/stray.cpp: a source file directly in src/; move it into its family's folder
check-layering: 1 problem"
if [ "$rc" -ne 1 ] || [ "$out" != "$want" ]; then
  printf 'stray file: exit %s, output:\n%s\nwanted exit 1 and:\n%s\n' "$rc" "$out" "$want"
  exit 1
fi
echo ok

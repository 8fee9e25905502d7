#!/bin/sh
# Extracts every message of yplan's library and CLI into po/yplan.pot.
# Usage: sh po/extract.sh [XGETTEXT] [SOURCE_DIR] [OUTPUT]
# (the yplan-pot CMake target runs it; the po-complete test writes elsewhere)
set -eu
XGETTEXT=${1:-xgettext}
SRC=${2:-$(dirname "$0")/..}
cd "$SRC"
OUT=${3:-po/yplan.pot}
files=$(mktemp)
trap 'rm -f "$files"' EXIT
# Sorted, so the .pot does not depend on the file system's order.
find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "$files"
"$XGETTEXT" --from-code=UTF-8 --language=C++ --c++ \
  --keyword= --keyword=tr --keyword=trf --keyword=ntr:1,2 --keyword=tr_noop \
  --add-comments=TRANSLATORS: --sort-by-file --no-wrap --add-location=file \
  --package-name=yplan --msgid-bugs-address="the yplan issue tracker" \
  --files-from="$files" -o "$OUT"
# The creation date changes on every run; keep the file stable for git.
sed -i '/^"POT-Creation-Date:/d' "$OUT"

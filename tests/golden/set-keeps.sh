#!/usr/bin/env bash
# yplan set keeps every byte it was not asked to change, and get prints only
# the file's values: a key inserted after a kept block scalar (|+), values
# with an anchor or a tag, aliases, batch files from other editors (BOM,
# CRLF, UTF-16, Shift_JIS), and what a refusal names (the -o file, lines as
# on disk, validate's order). Compares with set-keeps.expected.
# usage: set-keeps.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$tmp" || exit 1
y() { echo "\$ yplan $*"; "$yplan" "$@"; echo "[exit $?]"; }
cat > keep.yaml <<'YAML'
yplan: 1
plan:
  id: keep
  title: 保持
  note: |+
    一行目

  status: !!str draft
  fiscal_year: &fy R2
  basis: &b 計画
  organization: *b
YAML
cat > keep2.yaml <<'YAML'
yplan: 1
plan:
  id: keep
  title: 保持
  note: |+
    一行目


YAML
{
  # A new key after a kept block scalar goes after its blank lines.
  y set keep2.yaml plan.status=final -o out.yaml
  echo "note reads the same: $( [ "$("$yplan" get keep2.yaml plan.note | od -c)" = "$("$yplan" get out.yaml plan.note | od -c)" ] && echo yes || echo NO)"
  cat -A out.yaml | tail -4
  # A tag and an anchor are kept; an anchor that an alias uses is refused, saying so.
  y set keep.yaml plan.status=final plan.fiscal_year=R3 -o -
  y set keep.yaml plan.basis=別
  y set keep.yaml plan.organization=別
  y set keep.yaml plan.note=x
  # get on an alias prints the anchored value, never null.
  y get keep.yaml plan.organization
  y get keep.yaml plan --format json
  # Batch files: a UTF-8 BOM and CRLF are fine; other encodings are named.
  printf '\xef\xbb\xbfplan.title=題\r\nplan.status=final\r\n' > bom-crlf.txt
  echo '$ yplan set keep.yaml --from bom-crlf.txt -o - | head -4'
  "$yplan" set keep.yaml --from bom-crlf.txt -o - | head -4 | cat -A; echo "[exit ${PIPESTATUS[0]}]"
  printf 'p\0l\0a\0n\0.\0t\0i\0t\0l\0e\0=\0x\0\n\0' > utf16-nobom.txt
  { printf '\xff\xfe'; cat utf16-nobom.txt; } > utf16.txt
  printf 'plan.title=\x91\xe8\n' > sjis.txt
  y set keep.yaml --from utf16.txt
  y set keep.yaml --from utf16-nobom.txt
  y set keep.yaml --from sjis.txt
  # plan.note is a line inserted at the top: the findings' lines are still those on disk.
  # A refusal: findings sorted like validate, at their lines on disk, naming what was not written.
  cp "$root/plans/mirai-2020.yaml" plan.yaml
  y set plan.yaml plan.note=n kpi.portal-access.targets.R3=218000 kpi.consultation-migrants.targets.R3=100130 -o new.yaml
  echo "new.yaml exists: $( [ -e new.yaml ] && echo YES || echo no)"
  # Written (--force): the findings name the file written, at its lines (one more above them now).
  y set plan.yaml plan.note=n kpi.consultation-migrants.targets.R3=100130 -o new.yaml --force
  sed -n '271p' new.yaml | cut -c1-70
  sed -n '250p;270p' plan.yaml | cut -c1-70
} > "$tmp/actual" 2>&1
if [ "${YPLAN_BLESS:-}" = 1 ]; then cp "$tmp/actual" "$here/set-keeps.expected"; echo "blessed"; exit 0; fi
diff -u --label expected --label actual "$here/set-keeps.expected" "$tmp/actual"

#!/usr/bin/env bash
# Every message in the sources has its Japanese: the msgids that xgettext
# extracts now (tr, trf, ntr, tr_noop) are all in po/ja.po, translated and not
# fuzzy. After adding messages, or merging a branch that did, follow
# po/README.md (cmake --build build --target yplan-po-update, then translate).
#
# usage: po-complete.sh REPO_ROOT
set -u
root=$1
cd "$root" || exit 1
for tool in xgettext msgcomm msgattrib; do
  if ! command -v $tool > /dev/null; then echo "skipped: $tool (Debian package gettext) is not installed"; exit 77; fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh po/extract.sh xgettext . "$tmp/now.pot" || exit 1
fail=0
# msgids in the sources that po/ja.po lacks: those in only one of the two
# files (msgcomm) that have no translation (the .pot's side).
missing=$(msgcomm --less-than=2 --no-wrap --no-location "$tmp/now.pot" po/ja.po 2>/dev/null |
          msgattrib --untranslated --no-wrap --no-location 2>/dev/null | grep '^msgid "' | grep -v '^msgid ""$')
if [ -n "$missing" ]; then
  echo "FAIL: messages in the sources that po/ja.po does not have (see po/README.md):"
  printf '%s\n' "$missing"
  fail=1
fi
# Untranslated or fuzzy entries of po/ja.po.
left=$(msgattrib --untranslated --no-wrap --no-location po/ja.po 2>/dev/null | grep '^msgid "' | grep -v '^msgid ""$')
fuzzy=$(msgattrib --only-fuzzy --no-wrap --no-location po/ja.po 2>/dev/null | grep '^msgid "' | grep -v '^msgid ""$')
if [ -n "$left$fuzzy" ]; then
  echo "FAIL: po/ja.po has untranslated or fuzzy entries:"
  printf '%s\n' "$left" "$fuzzy" | grep -v '^$'
  fail=1
fi
[ $fail = 0 ] && echo "ok: every message has its Japanese ($(grep -c '^msgid "' "$tmp/now.pot") msgids)"
exit $fail

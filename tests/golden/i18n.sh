#!/usr/bin/env bash
# Messages in Japanese without a generated ja_JP locale, the language chosen
# from the environment and --lang, and the contract (check names, file:line:col,
# JSON other than messages) identical in both languages.
#
# usage: i18n.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
cd "$root" || exit 1
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {  # NAME EXPECTED-FILE ACTUAL-FILE
  if ! diff -u "$2" "$3" > "$tmp/diff"; then
    echo "FAIL: $1"; cat "$tmp/diff"; fail=1
  else
    echo "ok: $1"
  fi
}

# 1. LANG=ja_JP.UTF-8 on a machine that may have no ja_JP locale: Boost.Locale
#    reads the catalog itself, so the finding is Japanese either way.
if locale -a 2>/dev/null | grep -qi '^ja_JP'; then
  echo "note: a ja_JP locale is generated here; the no-locale case is covered where it is not"
else
  echo "note: no ja_JP locale is generated here (locale -a); Japanese must come from the catalog alone"
fi
cat > "$tmp/want" <<'OUT'
examples/broken/budget-total.yaml:11:37: error[budget-total]: 記載の計の前年度予算額 174,289 が各事業（重複を除く）の合計 176,189 と一致しません（差 -1,900）
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
examples/broken/budget-total.yaml:42:21: error[budget-total]: 記載の計の予算額 26,656 が掲載額の合計 26,566 と一致しません（差 +90）
  help: 誤っている数値を直してください。誤りが計の方であれば `yplan fix` で合計に書き換えられます。一部だけがここに属する事業は `partial: true` とその部分の額を付けて掲載してください
エラー 2 件、警告 0 件（1 ファイル）
OUT
env -u LC_ALL -u LC_MESSAGES -u YPLAN_LOCALEDIR LANG=ja_JP.UTF-8 "$yplan" validate examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "LANG=ja_JP.UTF-8 prints Japanese" "$tmp/want" "$tmp/got"

# 2. --lang en under a Japanese environment prints today's English, byte for byte.
sed '1d;$d' examples/broken/budget-total.expected > "$tmp/want"
env -u LC_ALL -u LC_MESSAGES LANG=ja_JP.UTF-8 "$yplan" validate --lang en examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "--lang en prints the English transcript" "$tmp/want" "$tmp/got"

# 3. Which variable wins: LC_ALL, then LC_MESSAGES, then LANG (the first set).
summary() { env -u LC_ALL -u LC_MESSAGES -u LANG "$@" "$yplan" validate -q examples/broken/budget-total.yaml 2>&1; }
printf '%s\n' "2 errors, 0 warnings in 1 file" > "$tmp/en"
printf '%s\n' "エラー 2 件、警告 0 件（1 ファイル）" > "$tmp/ja"
summary LC_ALL=C.UTF-8 LANG=ja_JP.UTF-8 > "$tmp/got"; check "LC_ALL=C.UTF-8 wins over LANG" "$tmp/en" "$tmp/got"
summary LC_MESSAGES=ja_JP.UTF-8 LANG=C.UTF-8 > "$tmp/got"; check "LC_MESSAGES=ja wins over LANG" "$tmp/ja" "$tmp/got"
summary LC_ALL=ja_JP.UTF-8 > "$tmp/got"; check "LC_ALL=ja" "$tmp/ja" "$tmp/got"
summary > "$tmp/got"; check "no language variable: English" "$tmp/en" "$tmp/got"
env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$yplan" validate -q --lang=ja examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "--lang=ja form" "$tmp/ja" "$tmp/got"
env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$yplan" --lang ja validate -q examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "--lang before the subcommand" "$tmp/ja" "$tmp/got"

# 4. An installed layout finds its catalog at <bindir>/../share/locale.
mkdir -p "$tmp/prefix/bin" "$tmp/prefix/share/locale/ja/LC_MESSAGES"
cp "$yplan" "$tmp/prefix/bin/yplan"
mo=$(dirname "$yplan")/locale/ja/LC_MESSAGES/yplan.mo
cp "$mo" "$tmp/prefix/share/locale/ja/LC_MESSAGES/yplan.mo"
env -u LC_ALL -u LC_MESSAGES -u YPLAN_LOCALEDIR LANG=C.UTF-8 "$tmp/prefix/bin/yplan" validate -q --lang ja examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "installed layout: share/locale beside bin" "$tmp/ja" "$tmp/got"
# ... and YPLAN_LOCALEDIR names another directory (here: one without a catalog, so English).
rm "$tmp/prefix/share/locale/ja/LC_MESSAGES/yplan.mo"
mkdir -p "$tmp/empty"
YPLAN_LOCALEDIR="$tmp/empty" "$tmp/prefix/bin/yplan" validate -q --lang ja examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "no catalog anywhere: English, no error" "$tmp/en" "$tmp/got"
mkdir -p "$tmp/cat/ja/LC_MESSAGES"; cp "$mo" "$tmp/cat/ja/LC_MESSAGES/yplan.mo"
YPLAN_LOCALEDIR="$tmp/cat" "$tmp/prefix/bin/yplan" validate -q --lang ja examples/broken/budget-total.yaml > "$tmp/got" 2>&1
check "YPLAN_LOCALEDIR" "$tmp/ja" "$tmp/got"

# 5. Every broken example: the same findings in both languages (check names,
#    file:line:col, severities; JSON identical apart from `message`), and the
#    Japanese message really is another text.
for f in examples/broken/*.yaml; do
  "$yplan" validate --lang en "$f" | sed -n 's/^\([^ ]*:[0-9]*:[0-9]*: [a-z]*\[[a-z-]*\]:\) .*/\1/p' > "$tmp/en-heads"
  "$yplan" validate --lang ja "$f" | sed -n 's/^\([^ ]*:[0-9]*:[0-9]*: [a-z]*\[[a-z-]*\]:\) .*/\1/p' > "$tmp/ja-heads"
  [ -s "$tmp/en-heads" ] || { echo "FAIL: $f has no findings"; fail=1; }
  check "$f: check names and file:line:col" "$tmp/en-heads" "$tmp/ja-heads"
  "$yplan" validate --lang en --format json "$f" | grep -v '"message"\|"help"' > "$tmp/en-json"
  "$yplan" validate --lang ja --format json "$f" | grep -v '"message"\|"help"' > "$tmp/ja-json"
  check "$f: JSON apart from messages" "$tmp/en-json" "$tmp/ja-json"
  if "$yplan" validate --lang ja "$f" | grep -v '^examples' | cmp -s - <("$yplan" validate --lang en "$f" | grep -v '^examples'); then
    echo "FAIL: $f: the Japanese summary is the English one"; fail=1
  fi
done

# 6. --help of every subcommand speaks Japanese (description, usage, options).
for sub in validate report diff get set; do
  "$yplan" "$sub" --lang ja --help > "$tmp/help" 2>&1
  en_desc=$("$yplan" "$sub" --help | head -1)
  ja_desc=$(head -1 "$tmp/help")
  if [ "$en_desc" = "$ja_desc" ] || ! grep -q "^使い方: yplan $sub \[オプション\]" "$tmp/help" ||
     ! grep -q 'このヘルプを表示して終了する' "$tmp/help" || grep -q 'Print this help' "$tmp/help"; then
    echo "FAIL: yplan $sub --lang ja --help is not in Japanese:"; cat "$tmp/help"; fail=1
  else
    echo "ok: yplan $sub --lang ja --help"
  fi
done

exit $fail

#!/bin/sh
# Emacs (batch) with eglot, set up by the snippet of man/yplan-lsp.1 as
# written (tests/lsp/snippet.sh extracts it): eglot connects to `yplan lsp`
# (found on PATH, as the snippet says) for a broken plan, receives every
# diagnostic at its range, and shuts the server down (shutdown and exit with
# params null, as eglot sends them) without an error.
# usage: eglot.sh YPLAN SOURCE_DIR. Skipped (exit 77) when emacs or eglot is absent.
set -eu
yplan=$1
root=$2
if ! command -v emacs >/dev/null 2>&1; then
  echo "skipped: emacs (Debian package emacs-nox) is not installed"
  exit 77
fi
if ! emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1; then
  echo "skipped: eglot (Debian package elpa-eglot) is not installed"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
ln -s "$yplan" "$tmp/bin/yplan"
sh "$root/tests/lsp/snippet.sh" "$root/man/yplan-lsp.1" eglot > "$tmp/snippet"
# README.md shows the same snippet, indented by four spaces: it must not drift either.
sed 's/^./    &/' "$tmp/snippet" > "$tmp/indented"
/usr/bin/python3 - "$root/README.md" "$tmp/indented" <<'PY' || exit 1
import sys
readme, want = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
if want not in readme:
    sys.exit("README.md does not show the man page's snippet as written:\n" + want)
PY
cp "$root/tests/lsp/data/broken.yaml" "$tmp/broken.yaml"
# Debian's site start-up puts the elpa-* packages on the load path; no user
# init (HOME is empty); English messages (eglot sends no locale).
cd "$tmp"
HOME=$tmp PATH=$tmp/bin:$PATH LC_ALL=C.UTF-8 LANG=C.UTF-8 SNIPPET=$tmp/snippet PLAN=$tmp/broken.yaml \
  timeout 120 emacs --batch -l "$root/tests/lsp/eglot.el" >"$tmp/got" 2>"$tmp/err" || {
  echo "emacs failed:"; cat "$tmp/got" "$tmp/err"; exit 1; }
cat > "$tmp/want" <<'WANT'
server: yplan
11:18-11:23 eglot-error yplan [budget-total]: stated total budget 26,656 differs from the sum of the projects (each counted once), 26,566 (difference +90)
fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
14:8-14:18 eglot-warning yplan [unlisted-project]: project `ryugakusei` is defined but no section lists it
list it under the section it serves, or remove it
19:4-19:10 eglot-error yplan [schema]: unknown key `sumary` in a project; did you mean `summary`?
fix the key, add the field, or write the value in the expected form
39:31-39:41 eglot-error yplan [unknown-project]: section 1.1.2 lists project `ryugakusai`, which is not defined under `projects:`; did you mean `ryugakusei`?
correct the id, or define the project under `projects:`
shut down cleanly
WANT
if ! diff -u "$tmp/want" "$tmp/got"; then
  echo "stderr of emacs:"; cat "$tmp/err"
  exit 1
fi
echo "ok: $(emacs --version | head -1) with eglot, set up by the man page's snippet as written, received every diagnostic and shut down cleanly"

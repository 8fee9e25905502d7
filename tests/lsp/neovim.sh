#!/bin/sh
# Neovim (headless) with its built-in LSP client attached to `yplan lsp`:
# the diagnostics it receives for a broken plan, exactly.
# usage: neovim.sh YPLAN SOURCE_DIR. Skipped (exit 77) when nvim is absent.
set -eu
yplan=$1
root=$2
if ! command -v nvim >/dev/null 2>&1; then
  echo "skipped: nvim (Debian package neovim) is not installed; sh scripts/setup --test installs it"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/tests/lsp/data/broken.yaml" "$tmp/broken.yaml"
# A clean, isolated Neovim: no user config, state or shada in $HOME; English
# messages (Neovim sends no locale, so yplan reads the environment's).
HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache \
LC_ALL=C.UTF-8 LANG=C.UTF-8 YPLAN=$yplan PLAN=$tmp/broken.yaml \
  timeout 60 nvim --headless --clean -u NONE -i NONE -n -c "luafile $root/tests/lsp/neovim.lua" >"$tmp/got" 2>"$tmp/err" || {
  echo "nvim failed:"; cat "$tmp/got" "$tmp/err"; exit 1; }
cat > "$tmp/want" <<'WANT'
11:18-11:23 1 budget-total stated total budget 26,656 differs from the sum of the projects (each counted once), 26,566 (difference +90)
fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
14:8-14:18 2 unlisted-project project `ryugakusei` is defined but no section lists it
list it under the section it serves, or remove it
19:4-19:10 1 schema unknown key `sumary` in a project; did you mean `summary`?
fix the key, add the field, or write the value in the expected form
39:42-39:52 1 unknown-project section 1.1.2 lists project `ryugakusai`, which is not defined under `projects:`; did you mean `ryugakusei`?
correct the id, or define the project under `projects:`
WANT
if ! diff -u "$tmp/want" "$tmp/got"; then
  echo "stderr of nvim:"; cat "$tmp/err"
  exit 1
fi
echo "ok: Neovim $(nvim --version | head -1) received every diagnostic at its range"

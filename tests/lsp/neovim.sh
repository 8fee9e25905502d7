#!/bin/sh
# Neovim (headless) set up by a snippet of man/yplan-lsp.1, as written
# (tests/lsp/snippet.sh extracts it into init.lua): its built-in LSP client
# attached to `yplan lsp` (found on PATH, as the snippet says), and the
# diagnostics it receives for a broken plan, exactly.
# usage: neovim.sh YPLAN SOURCE_DIR SNIPPET (neovim-0.7 or neovim-0.8).
# Skipped (exit 77) when nvim is absent or older than the snippet needs.
set -eu
yplan=$1
root=$2
snippet=$3
if ! command -v nvim >/dev/null 2>&1; then
  echo "skipped: nvim (Debian package neovim) is not installed; sh scripts/setup --test installs it"
  exit 77
fi
version=$(nvim --version | head -1)
need=${snippet#neovim-}
if [ "$need" = 0.8 ] && ! nvim --headless -u NONE -i NONE -n -c 'lua if vim.fn.has("nvim-0.8") == 0 then vim.cmd("cquit 1") end' -c 'qall!' >/dev/null 2>&1; then
  echo "skipped: the $snippet snippet needs Neovim 0.8 or later; this is $version"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/config/nvim"
ln -s "$yplan" "$tmp/bin/yplan"
sh "$root/tests/lsp/snippet.sh" "$root/man/yplan-lsp.1" "$snippet" > "$tmp/snippet"
# README.md shows the same snippet, indented by four spaces: it must not drift either.
sed 's/^./    &/' "$tmp/snippet" > "$tmp/indented"
/usr/bin/python3 - "$root/README.md" "$tmp/indented" <<'PY' || exit 1
import sys
readme, want = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
if want not in readme:
    sys.exit("README.md does not show the man page's snippet as written:\n" + want)
PY
cp "$tmp/snippet" "$tmp/config/nvim/init.lua"
cp "$root/tests/lsp/data/broken.yaml" "$tmp/broken.yaml"
# An isolated Neovim whose init.lua is the snippet alone: no other config,
# state or shada in $HOME; English messages (Neovim sends no locale, so
# yplan reads the environment's). Filetype detection is on, as by default.
cd "$tmp"
HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache \
PATH=$tmp/bin:$PATH LC_ALL=C.UTF-8 LANG=C.UTF-8 \
  timeout 60 nvim --headless -i NONE -n broken.yaml -c "luafile $root/tests/lsp/neovim.lua" >"$tmp/got" 2>"$tmp/err" || {
  echo "nvim failed:"; cat "$tmp/got" "$tmp/err"; exit 1; }
cat > "$tmp/want" <<'WANT'
filetype yaml, clients: yplan
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
echo "ok: $version, set up by the $snippet snippet as written, received every diagnostic at its range"

#!/usr/bin/env bash
# Every manual page's SEE ALSO names every other page of yplan's.
# usage: man-see-also.sh REPO_ROOT
set -u
root=$1
status=0
pages=$(cd "$root/man" && ls yplan*.[0-9])
for p in $pages; do
  see=$(awk '/^\.SH "?SEE ALSO/ { on = 1; next } /^\.SH/ { on = 0 } on' "$root/man/$p" | sed 's/\\-/-/g')
  for q in $pages; do
    [ "$q" = "$p" ] && continue
    name=${q%.*} section=${q##*.}
    if ! printf '%s\n' "$see" | grep -q "^\.BR $name ($section)"; then
      echo "man/$p: SEE ALSO does not name $name($section)"
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "$(echo $pages | wc -w) pages, each names the others"
exit $status

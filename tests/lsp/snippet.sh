#!/bin/sh
# Prints an editor set-up snippet of a man page as a user copies it: the
# .EX/.EE block after the comment `.\" snippet: NAME`, roff escapes undone
# (\- \(aq \(dq \e). The tests run what this prints, so the page and the
# tests cannot drift. usage: snippet.sh MANPAGE NAME; exit 1 when absent.
set -eu
awk -v name="$2" '
  index($0, ".\\\" snippet: " name " ") == 1 || $0 == ".\\\" snippet: " name { want = 1; next }
  want && $0 == ".EX" { inside = 1; next }
  inside && $0 == ".EE" { found = 1; exit }
  inside {
    gsub(/\\-/, "-"); gsub(/\\\(aq/, "\047"); gsub(/\\\(dq/, "\""); gsub(/\\e/, "\\")
    print
  }
  END { if (!found) { print "snippet.sh: no snippet \"" name "\" in " FILENAME > "/dev/stderr"; exit 1 } }
' "$1"

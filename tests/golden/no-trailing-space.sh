#!/usr/bin/env bash
# No line yplan prints ends in a space: checked on every golden expected
# output (the transcripts, tests/golden/**/*.t and examples/**/*.expected,
# after their command line; and the expected files of the shell tests, but
# for the two that hold other tools' output: diff -u in batch-update, and
# cut -c in set-keeps). Names each offending line.
# usage: no-trailing-space.sh REPO_ROOT
set -u
root=$1
cd "$root" || exit 1
status=0 n=0
while IFS= read -r f; do
  n=$((n + 1))
  # Line 1 of a transcript is the command, not output.
  case "$f" in *.t | examples/*) skip=1 ;; *) skip=0 ;; esac
  if awk -v skip="$skip" -v f="$f" 'NR > skip && / $/ { printf "%s:%d: ends in a space: [%s]\n", f, NR, $0; bad = 1 }
                                    END { exit bad }' "$f"; then :; else status=1; fi
done < <(find tests/golden examples -type f \( -name '*.t' -o -name '*.expected' \) \
           ! -path tests/golden/batch-update.expected ! -path tests/golden/set-keeps.expected | sort)
[ "$status" = 0 ] && echo "$n expected outputs, no line ends in a space"
exit $status

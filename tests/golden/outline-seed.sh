#!/usr/bin/env bash
# The bundled plan's outline (report --kind outline) against the seed
# document's 施策体系 page, line by line: labels, titles, refs and depth.
# The expected lines (tests/data/seed-outline.txt) were typed from the seed.
# usage: outline-seed.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
export LC_ALL=C.UTF-8  # ${line:3} counts characters
cd "$root" || exit 1
out=$("$yplan" report plans/mirai-2020.yaml --kind outline --lang en --width 100) || exit 1
got=$(printf '%s\n' "$out" | tail -n +3 | while IFS= read -r line; do
  depth=0
  while :; do
    case "$line" in
      "│  "* | "   "* | "├─ "* | "└─ "*) line=${line:3}; depth=$((depth + 1)) ;;
      *) break ;;
    esac
  done
  case "$line" in "KPI: "* | "Goal: "*) continue ;; esac
  line=${line%%  *}  # the budget column
  printf '%*s%s\n' $((depth * 2)) '' "$line"
done)
if ! diff -u --label "seed (tests/data/seed-outline.txt)" --label "yplan report --kind outline" \
     tests/data/seed-outline.txt <(printf '%s\n' "$got"); then
  exit 1
fi
echo "outline matches the seed: $(wc -l < tests/data/seed-outline.txt) lines"

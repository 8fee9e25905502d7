#!/bin/sh
# Batch update with yplan get/set only: raise every FY2021 (R3) KPI target by
# a fixed amount, and give every open FY2021 target that has no note one.
#
#   usage: raise-fy2021-targets.sh PLAN [AMOUNT] [NOTE]
#
# All the changes go to `yplan set` in one batch, so they apply together or
# not at all: if raising a target would make an increasing KPI fall, set
# refuses the whole batch and the file is left as it was.
set -eu
plan=${1:?usage: raise-fy2021-targets.sh PLAN [AMOUNT] [NOTE]}
amount=${2:-1}
note=${3:-数値は今後設定}

batch=$(mktemp)
trap 'rm -f "$batch"' EXIT

for kpi in $(yplan get "$plan" --list kpi); do
  # No FY2021 target at all: nothing to raise (yplan get exits 1).
  value=$(yplan get "$plan" "kpi.$kpi.targets.2021" 2>/dev/null) || continue
  case $value in
    null)      echo "kpi.$kpi.targets.2021.note=$note" >> "$batch" ;;  # open, no note yet
    *:*|"{"*)  ;;                                                       # open, with a note already
    *)         echo "kpi.$kpi.targets.2021=$(awk -v v="$value" -v a="$amount" 'BEGIN { print v + a }')" >> "$batch" ;;
  esac
done

if [ ! -s "$batch" ]; then
  echo "no FY2021 targets in $plan" >&2
  exit 0
fi
yplan set "$plan" --from "$batch"

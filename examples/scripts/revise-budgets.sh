#!/bin/sh
# Batch update with `yplan set --recalc`: apply a budget revision (project
# ids and their new budgets, as the department's spreadsheet lists them) to a
# plan in one command. The listings that repeat a project's figures and every
# total over it follow, as in a spreadsheet; each value keeps its notation.
#
#   usage: revise-budgets.sh PLAN REVISION
#
# REVISION has one project a line: its id and its new budget (in the plan's
# unit, 千円), separated by spaces, the budget as printed (210000 or 210,000:
# the commas are dropped, as the bundled plan writes its budgets without).
# Blank lines and lines starting with # are skipped.
#
# All the changes go to `yplan set` in one batch, so they apply together or
# not at all: an unknown project id, or a total that was already wrong, and
# set refuses the whole batch and leaves the file as it was.
set -eu
plan=${1:?usage: revise-budgets.sh PLAN REVISION}
revision=${2:?usage: revise-budgets.sh PLAN REVISION}

awk 'NF >= 2 && $1 !~ /^#/ { gsub(",", "", $2); print "project." $1 ".budget=" $2 }' "$revision" |
  yplan set "$plan" --recalc --from -

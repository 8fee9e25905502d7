#!/usr/bin/env bash
# yplan's benchmark: builds in Release, generates synthetic plans outside the
# repository, and prints for each case the median wall time of 5 runs, the
# peak RSS, and the ratio to the baseline measured in the same run.
#
#   tests/bench/run.sh              full run (about 2 minutes on 2 cores)
#   tests/bench/run.sh --results    ... and write the table of tests/bench/RESULTS.md (its "## " sections are kept)
#   tests/bench/run.sh --smoke      tiny scale, one run each: checks the harness works (a CTest test)
#   --build-dir DIR                 use an existing build (with yplan-gen etc.) instead of building
#
# Targets (issue 6): validate -j1 over the corpus ≤ 1.0× yaml-cpp's LoadFile floor; -j2 ≤ 0.6× -j1;
# corpus peak RSS ≤ 2× validating its largest file alone; validate plans/ and get < 10 ms;
# report and diff of the 10,000-project plan < 1 s; 1,000 set assignments < 1 s.
# Issue 14: set --recalc of 1,000 project budgets in one batch on the 10,000-project plan < 1 s;
# fix of that plan with every total wrong < 1 s.
# Issue 25: 200 plans (20 departments × 10 years) linked by plan.follows validate, cross-year
# checks included, ≤ 1.1× the same plans unlinked (the per-file checks alone); report --kind series < 1 s.
# Issue 24: export of the 10,000-project plan < 2 s, and import of its workbook < 2 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
smoke=0 results=0 build=""
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) smoke=1 ;;
    --results) results=1 ;;
    --build-dir) build=$2; shift ;;
    *) echo "usage: $0 [--smoke] [--results] [--build-dir DIR]" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "$build" ]; then
  build="$root/build-release"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"$(nproc)" --target yplan yplan-gen yplan-baseline yplan-measure >/dev/null
fi
yplan="$build/yplan"
gen="$build/tests/yplan-gen"
base="$build/tests/yplan-baseline"
measure="$build/tests/yplan-measure"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
if [ $smoke = 1 ]; then
  runs=1 projects=200 kpis=100 plans=20
else
  runs=5 projects=10000 kpis=5000 plans=1000
fi
"$gen" large "$data/large.yaml" $projects $kpis
"$gen" large "$data/large-revised.yaml" $projects $kpis 1
"$gen" large "$data/large-wrong.yaml" $projects $kpis 0 1
"$gen" budgets $projects $((projects / 10)) > "$data/budgets.txt"
"$gen" corpus "$data/corpus" $plans
"$gen" batch "$root/plans/mirai-2020.yaml" 1000 > "$data/batch.txt"
if [ $smoke = 1 ]; then
  "$gen" series "$data/series" 2 3
  "$gen" series "$data/series-unlinked" 2 3 0
else
  "$gen" series "$data/series" 20 10
  "$gen" series "$data/series-unlinked" 20 10 0
fi
largest=$(ls -S "$data/corpus" | sed -n 1p)  # sed reads all: no SIGPIPE under pipefail
corpus_mb=$(du -sm "$data/corpus" | cut -f1)

# name | command...  →  "ms rss exit"
declare -A MS RSS
run() {
  local name=$1; shift
  read -r ms rss rc < <("$measure" $runs "$@")
  MS[$name]=$ms RSS[$name]=$rss
  if [ "$rc" -gt 1 ]; then echo "bench: $name exited $rc" >&2; exit 1; fi
}
run baseline-corpus "$base" "$data/corpus"
run validate-corpus-j1 "$yplan" validate -j1 "$data/corpus"
run validate-corpus-j2 "$yplan" validate -j2 "$data/corpus"
run validate-largest-file "$yplan" validate -j1 "$data/corpus/$largest"
run baseline-large "$base" "$data/large.yaml"
run validate-large "$yplan" validate "$data/large.yaml"
run validate-plans "$yplan" validate "$root/plans"
run report-large "$yplan" report "$data/large.yaml" --format json
run diff-large "$yplan" diff "$data/large.yaml" "$data/large-revised.yaml"
run set-1000 "$yplan" set "$root/plans/mirai-2020.yaml" --from "$data/batch.txt" -o -
run get-one "$yplan" get "$root/plans/mirai-2020.yaml" kpi.portal-access.targets.R3
run set-recalc-large "$yplan" set "$data/large.yaml" --recalc -q --from "$data/budgets.txt" -o /dev/null
run fix-large "$yplan" fix "$data/large-wrong.yaml" -q --dry-run
run validate-series-unlinked "$yplan" validate "$data/series-unlinked"
run validate-series "$yplan" validate "$data/series"
run report-series "$yplan" report --kind series "$data/series" --format json
"$yplan" export "$data/large.yaml" -o "$data/large.xlsx"
run export-large "$yplan" export "$data/large.yaml" -o "$data/large-export.xlsx"
run import-large "$yplan" import "$data/large.xlsx" -q --dry-run

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
row() {  # case, what, baseline-name (or -), target text
  local name=$1 what=$2 vs=$3 target=$4 r="–"
  [ "$vs" != - ] && r="$(ratio "${MS[$name]}" "${MS[$vs]}")× $vs"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$what" "${MS[$name]}" "${RSS[$name]}" "$r" "$target"
}
table() {
  echo "| case | what | median ms | peak RSS KB | ratio | target |"
  echo "| --- | --- | ---: | ---: | --- | --- |"
  row baseline-corpus "YAML::LoadFile + touch every node, $plans files (${corpus_mb} MB)" - "the floor"
  row validate-corpus-j1 "validate -j1, same corpus" baseline-corpus "≤ 1.00"
  row validate-corpus-j2 "validate -j2, same corpus" validate-corpus-j1 "≤ 0.60"
  row validate-largest-file "validate the corpus's largest file alone" - "corpus RSS ≤ 2× this"
  row baseline-large "YAML::LoadFile, the $projects-project plan" - "the floor"
  row validate-large "validate the $projects-project, $kpis-KPI plan" baseline-large "–"
  row validate-plans "validate plans/ (start-up included)" - "< 10 ms"
  row report-large "report --format json, large plan" - "< 1000 ms"
  row diff-large "diff large plan vs a revision" - "< 1000 ms"
  row set-1000 "set --from 1,000 assignments, bundled plan" - "< 1000 ms"
  row get-one "get one value, bundled plan" - "< 10 ms"
  row set-recalc-large "set --recalc, $((projects / 10)) project budgets in one batch, large plan" - "< 1000 ms"
  row fix-large "fix (--dry-run) the large plan with every total wrong" - "< 1000 ms"
  row validate-series-unlinked "validate 200 plans (20 departments × 10 years), no follows: per-file checks alone" - "–"
  row validate-series "validate the same plans linked by follows, cross-year checks included" validate-series-unlinked "≤ 1.10"
  row report-series "report --kind series --format json of the linked plans" - "< 1000 ms"
  row export-large "export the large plan to a workbook" - "< 2000 ms"
  row import-large "import its untouched workbook (every cell compared)" - "< 2000 ms"
  echo
  echo "Corpus peak RSS: -j1 $(ratio "${RSS[validate-corpus-j1]}" "${RSS[validate-largest-file]}")×, -j2 $(ratio "${RSS[validate-corpus-j2]}" "${RSS[validate-largest-file]}")× that of validating its largest file alone (target ≤ 2)."
}
table
if [ $results = 1 ] && [ $smoke = 0 ]; then
  # The table and its header anew; every "## " section after it (the notes
  # on where the time goes, lsp.sh's section) is kept as it was.
  out="$root/tests/bench/RESULTS.md"
  tmp=$(mktemp)
  {
    echo "# Benchmark results"
    echo
    echo "Produced by \`tests/bench/run.sh --results\` on $(date -u +%Y-%m-%d), $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB,"
    echo "$(g++ --version | head -1), yaml-cpp $(dpkg-query -W -f='${Version}' libyaml-cpp-dev 2>/dev/null), Release build."
    echo "Median of $runs runs; peak RSS is the largest of the runs. Load average when"
    echo "measured: $(cut -d' ' -f1-3 /proc/loadavg) (wall times grow with it)."
    echo
    table
    if [ -f "$out" ]; then
      echo
      awk '/^## / { keep = 1 } keep { print }' "$out"
    fi
  } > "$tmp"
  cat "$tmp" > "$out"
  rm -f "$tmp"
  echo "wrote tests/bench/RESULTS.md"
fi

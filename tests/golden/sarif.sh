#!/usr/bin/env bash
# validate --format sarif, checked structurally (SARIF 2.1.0): version and
# $schema, one rule per check (as --list-checks names them) with the fields
# code scanning reads, every result's ruleId a rule, and every result's
# file, line, column, check and message exactly those of the text output.
# usage: sarif.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
py=/usr/bin/python3
if ! [ -x "$py" ]; then echo "skipped: $py is missing"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root" || exit 1
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Every broken example and the series (all checks fire somewhere: the
# cross-year ones in examples/series), a bundled plan, and a clean plan (no
# results). Not plans/mirai-2020.yaml: it has the id of
# examples/series/mirai-2020.yaml, which would make the series' first link
# ambiguous (a note, and no cross-year finding on it).
inputs=(examples/broken examples/series plans/kokusai-senryaku.yaml examples/clean)
"$yplan" validate --format sarif "${inputs[@]}" > "$tmp/sarif.json"; rc_sarif=$?
"$yplan" validate --color never "${inputs[@]}" > "$tmp/text.txt"; rc_text=$?
"$yplan" validate --format json "${inputs[@]}" > "$tmp/json.json"
"$yplan" validate --list-checks > "$tmp/checks.txt"
if [ "$rc_sarif" != "$rc_text" ]; then echo "exit codes differ: sarif $rc_sarif, text $rc_text"; exit 1; fi
"$py" - "$tmp/sarif.json" "$tmp/text.txt" "$tmp/checks.txt" "$tmp/json.json" <<'PY'
import json, re, sys, urllib.parse
doc = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read().splitlines()
checks = [l.split()[0] for l in open(sys.argv[3], encoding="utf-8")]
paths = [d["path"] for d in json.load(open(sys.argv[4], encoding="utf-8"))["diagnostics"]]
fail = []
def need(cond, what):
    if not cond: fail.append(what)
need(doc.get("version") == "2.1.0", "version is not 2.1.0")
need(doc.get("$schema") == "https://json.schemastore.org/sarif-2.1.0.json", "$schema")
need(len(doc.get("runs", [])) == 1, "one run")
run = doc["runs"][0]
need(run.get("columnKind") == "unicodeCodePoints", "columnKind")
driver = run["tool"]["driver"]
need(driver.get("name") == "yplan", "driver.name")
rules = driver["rules"]
ids = [r["id"] for r in rules]
need(ids == checks, f"rules {ids} are not the checks {checks}")
for r in rules:
    for key in ("shortDescription", "fullDescription", "help"):
        need(isinstance(r.get(key, {}).get("text"), str) and r[key]["text"], f"rule {r['id']}: {key}.text")
    need(r.get("defaultConfiguration", {}).get("level") in ("error", "warning"), f"rule {r['id']}: level")
# The text output: FILE:LINE:COL: SEVERITY[CHECK]: MESSAGE, then a summary line.
want = []
for line in text:
    m = re.match(r"^(.*?):(\d+):(\d+): (error|warning)\[([a-z-]+)\]: (.*)$", line)
    if m: want.append((m[1], int(m[2]), int(m[3]), m[4], m[5], m[6]))
got = []
for i, res in enumerate(run["results"]):
    need(res["ruleId"] in ids, f"ruleId {res['ruleId']} is not a rule")
    need(ids[res["ruleIndex"]] == res["ruleId"], f"ruleIndex of {res['ruleId']}")
    loc = res["locations"][0]
    phys = loc["physicalLocation"]
    uri = urllib.parse.unquote(phys["artifactLocation"]["uri"])
    need(phys["artifactLocation"].get("uriBaseId") == "%SRCROOT%", "uriBaseId")
    reg = phys["region"]
    # The contract path, as --format json gives it (none for a parse error).
    logical = [l["fullyQualifiedName"] for l in loc.get("logicalLocations", [])]
    need(logical == ([paths[i]] if paths[i] else []), f"logical location of {uri}:{reg['startLine']}: {logical}")
    got.append((uri, reg["startLine"], reg["startColumn"], res["level"], res["ruleId"],
                res["message"]["text"].split("\n")[0]))
need(len(want) > 20, f"only {len(want)} findings in the text output")
if got != want:
    for a, b in zip(got, want):
        if a != b: fail.append(f"sarif {a}\n   text {b}"); break
    if len(got) != len(want): fail.append(f"{len(got)} results, {len(want)} text findings")
fired = set(r[4] for r in got)
need(fired == set(checks), f"checks without a result: {sorted(set(checks) - fired)}")
if fail:
    print("\n".join(fail)); sys.exit(1)
print(f"ok: {len(rules)} rules, {len(got)} results match the text output")
PY
[ $? = 0 ] || exit 1

# issue 23: artifactLocation.uri as GitHub resolves it (SARIF 2.1.0 §3.10,
# §3.14.14): from the repository's root however the path was typed and
# wherever yplan runs in the work tree; a file outside any work tree as an
# absolute file:// URI; %SRCROOT% defined; GitHub annotations name the same
# path; regions end where the node ends.
if ! command -v git > /dev/null; then echo "skipped: git is not installed"; exit 77; fi
repo="$tmp/my repo"
mkdir -p "$repo/plans/sub" "$tmp/outside"
git init -q "$repo" || exit 1
cp "$root/examples/broken/budget-total.yaml" "$repo/plans/p.yaml"
cp "$root/examples/broken/budget-total.yaml" "$tmp/outside/x.yaml"
uris() {  # the uri, its base and the first region of each result; %SRCROOT% with the test's directory as TMP
  "$py" -c '
import json, sys
run = json.load(sys.stdin)["runs"][0]
base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri")
if base: print("%SRCROOT% =", base.replace(sys.argv[1], "TMP"))
for r in run["results"][:1]:
    loc = r["locations"][0]["physicalLocation"]
    reg = loc["region"]
    print(loc["artifactLocation"]["uri"].replace(sys.argv[1], "TMP"), loc["artifactLocation"].get("uriBaseId", "-"),
          reg["startLine"], reg["startColumn"], reg.get("endLine"), reg.get("endColumn"))
' "$(printf %s "$tmp" | sed 's/ /%20/g')"
}
{
  for args in "plans/p.yaml" "./plans/p.yaml" "plans//p.yaml" "plans/sub/../p.yaml"; do
    echo "\$ (in the repository) yplan validate --format sarif $args"
    (cd "$repo" && "$yplan" validate --format sarif "$args" | uris)
  done
  echo '$ (in plans/) yplan validate --format sarif p.yaml'
  (cd "$repo/plans" && "$yplan" validate --format sarif p.yaml | uris)
  echo '$ (in plans/sub/) yplan validate --format sarif ../p.yaml'
  (cd "$repo/plans/sub" && "$yplan" validate --format sarif ../p.yaml | uris)
  echo '$ (in plans/) yplan validate --format github p.yaml'
  (cd "$repo/plans" && "$yplan" validate --format github p.yaml | head -1)
  echo '$ (outside any repository) yplan validate --format sarif x.yaml'
  (cd "$tmp/outside" && "$yplan" validate --format sarif x.yaml | uris)
  echo '$ (outside any repository) yplan validate --format sarif ABSOLUTE/my repo/plans/p.yaml'
  (cd "$tmp/outside" && "$yplan" validate --format sarif "$repo/plans/p.yaml" | uris)
  echo '$ (in plans/) yplan validate --format sarif ABSOLUTE/outside/x.yaml'
  (cd "$repo/plans" && "$yplan" validate --format sarif "$tmp/outside/x.yaml" | uris)
} > "$tmp/paths.txt" 2>&1
cat > "$tmp/paths.want" <<'WANT'
$ (in the repository) yplan validate --format sarif plans/p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in the repository) yplan validate --format sarif ./plans/p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in the repository) yplan validate --format sarif plans//p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in the repository) yplan validate --format sarif plans/sub/../p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in plans/) yplan validate --format sarif p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in plans/sub/) yplan validate --format sarif ../p.yaml
%SRCROOT% = file://TMP/my%20repo/
plans/p.yaml %SRCROOT% 11 37 11 43
$ (in plans/) yplan validate --format github p.yaml
::error file=plans/p.yaml,line=11,col=37,endLine=11,endColumn=42,title=budget-total::stated total previous 174,289 differs from the sum of the projects (each counted once), 176,189 (difference -1,900)
$ (outside any repository) yplan validate --format sarif x.yaml
%SRCROOT% = file://TMP/outside/
x.yaml %SRCROOT% 11 37 11 43
$ (outside any repository) yplan validate --format sarif ABSOLUTE/my repo/plans/p.yaml
file://TMP/my%20repo/plans/p.yaml - 11 37 11 43
$ (in plans/) yplan validate --format sarif ABSOLUTE/outside/x.yaml
file://TMP/outside/x.yaml - 11 37 11 43
WANT
diff -u --label expected --label actual "$tmp/paths.want" "$tmp/paths.txt" || exit 1
echo "ok: artifact paths"

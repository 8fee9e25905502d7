#!/usr/bin/env bash
# yplan schema, checked by python3-jsonschema (Draft 2020-12): the schema is
# itself valid; every plan in plans/ and examples/clean/ is valid; and
# examples/broken/schema.yaml is invalid exactly at the keys yplan validate
# names (an unknown key in a project and in a KPI, a goal without its
# required name, a misspelt direction).
# usage: schema.sh YPLAN REPO_ROOT
set -u
yplan=$1 root=$2
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import jsonschema, yaml' 2> /dev/null; then
  echo "skipped: /usr/bin/python3 with python3-jsonschema and python3-yaml is needed"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root" || exit 1
"$yplan" schema > "$tmp/schema.json" || { echo "FAIL: yplan schema exited $?"; exit 1; }
"$py" - "$tmp/schema.json" plans/*.yaml examples/clean/*.yaml examples/diff/*.yaml examples/report/*.yaml examples/scripts/*.yaml <<'PY'
import datetime, json, sys
import jsonschema, yaml

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

def as_json(v):
    # What an editor's YAML language server hands the schema: keys are text
    # (a year key 2021 is "2021"), dates are text.
    if isinstance(v, dict): return {str(k): as_json(x) for k, x in v.items()}
    if isinstance(v, list): return [as_json(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return v

def errors(path):
    doc = as_json(yaml.safe_load(open(path, encoding="utf-8")))
    return sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))

fail = 0
for path in sys.argv[2:]:
    errs = errors(path)
    for e in errs:
        print(f"FAIL: {path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    fail |= bool(errs)
    if not errs: print(f"valid: {path}")

# The broken example: each finding of `yplan validate` as the schema sees it.
got = set()
for e in errors("examples/broken/schema.yaml"):
    where = "/".join(map(str, e.absolute_path))
    # The deepest cause (anyOf/oneOf wrap theirs).
    leaf = min(e.context, key=lambda c: -len(c.absolute_path)) if e.context else e
    where = "/".join(map(str, leaf.absolute_path))
    if leaf.validator == "additionalProperties":
        extra = leaf.message.split("'")[1]
        got.add(f"{where}: unknown key {extra}")
    elif leaf.validator == "required":
        got.add(f"{where}: missing {leaf.message.split(chr(39))[1]}")
    elif leaf.validator == "enum":
        got.add(f"{where}: not one of the words")
    else:
        got.add(f"{where}: {leaf.validator}")
want = {
    "projects/0: unknown key categroy",
    "sections/0/goals/0: missing name",
    "sections/0/kpis/0: unknown key dirction",
    "sections/0/kpis/1/direction: not one of the words",
}
if got != want:
    print("FAIL: examples/broken/schema.yaml:")
    for g in sorted(got - want): print(f"  unexpected: {g}")
    for w in sorted(want - got): print(f"  missing:    {w}")
    fail = 1
else:
    print("invalid, as it should be: examples/broken/schema.yaml at " + "; ".join(sorted(got)))
sys.exit(fail)
PY

#!/usr/bin/python3
"""Every path yplan prints resolves with `yplan get` (and means what it says).

Takes every path printed by `validate --format json` on examples/broken,
plans/, the other examples, the plan fuzz corpus and a few plans written
here (repeated ids, a project listed twice in one section, things without
an id, bad items in text lists), and every path printed by `diff --format
json` on examples/diff/ and on a change to the second of two listings of one
project; checks that `yplan get FILE PATH` succeeds, and for diff that it
reads the value the change describes (new side; old side for a removal).

usage: paths-resolve.py YPLAN REPO_ROOT
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

yplan, root = sys.argv[1], sys.argv[2]
os.chdir(root)
env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
env.pop("YPLAN_LANG", None)
failures = []
checked = 0


def run(*args):
    return subprocess.run([yplan, *args], capture_output=True, text=True, env=env)


def get(file, path, *opts):
    return run("get", file, path, *opts)


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


PLAN = """yplan: 1
plan: {id: edge, title: 端, period: [R2, R4]}
projects:
  - {id: a, name: A, budget: 10}
  - {id: a, name: A2, budget: 11}
  - {name: no-id, budget: 5}
  - {id: b, name: B, budget: 20}
sections:
  - id: s
    title: S
    issues: [課題, {not: text}]
    projects:
      - {project: b, budget: 20}
      - {project: b, budget: %s}
      - {project: zz, budget: 1}
    kpis:
      - {id: k, name: K, unit: 件, targets: {R2: 1, R3: 2, R4: 3}}
      - {id: k, name: K2, unit: 件, targets: {R2: 1, R3: x, R4: 3}}
      - {name: no-id, unit: 件, targets: {R2: 1, R3: 2, R4: "1,2,3"}}
  - {id: s, title: again}
  - title: no id
"""

with tempfile.TemporaryDirectory() as tmp:
    edge_old = os.path.join(tmp, "edge-old.yaml")
    edge_new = os.path.join(tmp, "edge-new.yaml")
    with open(edge_old, "w") as f:
        f.write(PLAN % "25")
    with open(edge_new, "w") as f:
        f.write(PLAN % "30")

    files = sorted(glob.glob("examples/broken/*.yaml") + glob.glob("plans/*.yaml") +
                   glob.glob("examples/*/*.yaml") + glob.glob("tests/fuzz/corpus/plan/*.yaml"))
    files = sorted(set(files)) + [edge_old]
    for file in files:
        out = run("validate", "--format", "json", file)
        for d in json.loads(out.stdout)["diagnostics"]:
            path = d.get("path")
            if not path:
                continue
            checked += 1
            r = get(file, path)
            if r.returncode != 0:
                failures.append(f"validate {file}:{d['line']}:{d['column']} [{d['check']}] path `{path}`: "
                                f"{r.stderr.strip()}")

    pairs = [("plans/mirai-2020.yaml", "examples/diff/mirai-2020-revised.yaml"),
             ("plans/mirai-2020.yaml", "examples/diff/mirai-2020-reordered.yaml"),
             (edge_old, edge_new)]
    listing_path = None
    for old, new in pairs:
        out = run("diff", "--format", "json", "--text", old, new)
        for c in json.loads(out.stdout)["changes"]:
            path = c.get("path")
            if not path:
                continue
            checked += 1
            removed = c["change"] == "removed"
            file = old if removed else new
            r = get(file, path)
            if r.returncode != 0:
                failures.append(f"diff {old} {new}: {c['change']} path `{path}` in {file}: {r.stderr.strip()}")
                continue
            want = c.get("old_number" if removed else "new_number")
            if c["change"] == "changed" and want is not None and not r.stdout.startswith("- "):  # a list: counted
                got = number(r.stdout.strip())
                if got != want:
                    failures.append(f"diff {old} {new}: `{path}` reads {r.stdout.strip()!r} in {file}, "
                                    f"but the change says {want}")
            if file == edge_new and c.get("field", "").endswith("budget") and c.get("new") == "30":
                listing_path = path
    # The case that was wrong: a change to the second of two listings of `b` in section s.
    if listing_path != "section.s.projects.1.budget":
        failures.append(f"diff of the second listing: path {listing_path!r}, want 'section.s.projects.1.budget'")

for f in failures:
    print(f)
print(f"{checked} paths checked, {len(failures)} do not resolve to what they describe")
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Differential test of yplan's budget rules against oracle.py (issue 22).

Writes N random small plans, each mutated in the ways that used to lead to
a wrong figure (misspelt keys, missing ids, listings whose project cannot
be read, undefined projects, unreadable and 64-bit-overflowing amounts,
repeated and absent ids, partial parts), runs `yplan validate --format
json` and `yplan report --format json` on each, and compares with the
independent reading in oracle.py: the findings of the budget checks (check
and path, as a multiset) and every budget figure of the report (the
department total, the listings' sum, each section's computed and stated
figures, each project row, each category row).

  run.py YPLAN [--count N] [--seed S] [--keep DIR]

Exits 0 when every plan agrees, 1 (printing the first disagreements and the
plan) otherwise; 77 when PyYAML is missing (a skipped test).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("skipped: python3-yaml is not installed")
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

CHECKS = {"budget-total", "value-format", "negative-amount", "category-previous", "duplicate-id",
          "unknown-project", "unlisted-project"}
BIG = 9223372036854775000


def amount(r):
    k = r.random()
    if k < 0.04:
        return None
    if k < 0.08:
        return "1,00"  # unreadable
    if k < 0.11:
        return BIG
    if k < 0.14:
        return -r.randint(1, 50)
    if k < 0.16:
        return 2 ** 64  # too large for 64 bits
    return r.randint(0, 1000)


def plan(r):
    ids = ["p%d" % i for i in range(r.randint(1, 5))]
    projects = []
    for pid in ids:
        p = {"id": pid, "name": "事業" + pid, "budget": amount(r)}
        if r.random() < 0.7:
            p["previous"] = amount(r)
        if r.random() < 0.4:
            p["category"] = r.choice(oracle.CATEGORIES)
        projects.append(p)
    if r.random() < 0.2:  # a repeated id
        projects.append({"id": r.choice(ids), "name": "重複", "budget": amount(r)})

    def listing():
        pid = r.choice(ids + ["zz"] if r.random() < 0.15 else ids)
        if r.random() < 0.5:
            return pid
        l = {"project": pid}
        if r.random() < 0.5:
            l["budget"] = amount(r)
        if r.random() < 0.3:
            l["previous"] = amount(r)
        if r.random() < 0.3:
            l["partial"] = r.random() < 0.8
        return l

    def section(sid, depth):
        s = {"id": sid, "title": "施策" + sid, "projects": [listing() for _ in range(r.randint(0, 3))]}
        if depth < 2 and r.random() < 0.4:
            s["sections"] = [section("%s.%d" % (sid, j + 1), depth + 1) for j in range(r.randint(1, 2))]
        if r.random() < 0.7:
            s["total"] = {"budget": amount(r)}
            if r.random() < 0.6:
                s["total"]["previous"] = amount(r)
        return s

    doc = {"yplan": 1, "plan": {"id": "d", "title": "差分"}, "projects": projects,
           "sections": [section(str(i + 1), 0) for i in range(r.randint(1, 3))]}
    return doc


def every(doc, kind):
    """Every mapping of a kind in the plan: projects, sections, listings, totals."""
    out = []

    def sections(ss):
        for s in ss if isinstance(ss, list) else []:
            if not isinstance(s, dict):
                continue
            if kind == "section":
                out.append(s)
            if kind == "total" and isinstance(s.get("total"), dict):
                out.append(s["total"])
            if kind in ("listing", "listings"):
                ls = s.get("projects")
                if kind == "listings" and isinstance(ls, list):
                    out.append(ls)
                for l in ls if kind == "listing" and isinstance(ls, list) else []:
                    if isinstance(l, dict):
                        out.append(l)
            sections(s.get("sections"))
    if kind == "project":
        out = [p for p in doc.get("projects", []) if isinstance(p, dict)]
    else:
        sections(doc.get("sections"))
    return out


def rename(m, old, new):
    if isinstance(m, dict) and old in m:
        items = [(new if k == old else k, v) for k, v in m.items()]
        m.clear()
        m.update(items)


def mutate(r, doc):
    """One of the kinds of issue 22 (or a neighbour of one)."""
    k = r.randrange(14)
    pick = lambda xs: r.choice(xs) if xs else None
    if k == 0:
        rename(pick([l for l in every(doc, "listing") if "budget" in l]), "budget", "budjet")
    elif k == 1:
        rename(pick([l for l in every(doc, "listing") if "previous" in l]), "previous", "previuos")
    elif k == 2:
        rename(pick(every(doc, "project")), "id", "Id")
    elif k == 3:
        p = pick(every(doc, "project"))
        if p:
            p.pop("id", None)
    elif k == 4:
        rename(pick(every(doc, "listing")), "project", "projet")
    elif k == 5:
        l = pick(every(doc, "listing"))
        if l:
            l["project"] = [l.get("project")]
    elif k == 6:
        ls = pick(every(doc, "listings"))
        if ls:
            i = r.randrange(len(ls) + 1)
            ls.insert(i, [pick([p.get("id", "x") for p in every(doc, "project")]) or "x"])
    elif k == 7:
        rename(pick(every(doc, "section")), "projects", "projcts")
    elif k == 8:
        rename(pick(every(doc, "listing")), "partial", "partail")
    elif k == 9:  # both sums of a total past 64 bits
        for p in every(doc, "project")[:2]:
            p["budget"] = p["previous"] = BIG
    elif k == 10:  # absent section ids
        for s in every(doc, "section")[:2]:
            s.pop("id", None)
    elif k == 11:  # a listing of an undefined project with no figure
        ls = pick(every(doc, "listings"))
        if ls is not None:
            ls.append("undefined-" + str(r.randrange(3)))
    elif k == 12:
        s = pick(every(doc, "section"))
        if s and "sections" in s:
            rename(s, "sections", "sectons")
    elif k == 13:
        ls = pick(every(doc, "listings"))
        if ls is not None:
            ls.append(None)


def normal(f, reason, key):
    """A report figure as the oracle writes it."""
    if key in f and f[key] is not None:
        return f[key]
    why = (reason or {}).get(key)
    return why if why else None


def report_figures(r):
    b = r["plans"][0]["budget"]
    m = lambda x: None if x is None else {k: normal(x, x.get("reason"), k) for k in ("budget", "previous")}
    return {"total": m(b["total"]), "listings": m(b["listings"]),
            "sections": [{"id": s["id"], "computed": m(s["computed"]), "stated": m(s["stated"])}
                         for s in b["sections"]],
            "projects": [{"id": p["id"], "budget": normal(p, p.get("reason"), "budget"),
                          "previous": normal(p, p.get("reason"), "previous"), "category": p["category"]}
                         for p in b["projects"]],
            "categories": [{"category": c["category"], "count": c["count"],
                            "budget": normal(c, c.get("reason"), "budget"),
                            "previous": normal(c, c.get("reason"), "previous")} for c in b["categories"]]}


def run(yplan, path, *args):
    p = subprocess.run([yplan, *args, path], capture_output=True, text=True,
                       env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", YPLAN_LANG="en"))
    if p.returncode not in (0, 1):
        raise RuntimeError("%s %s: exit %d\n%s" % (" ".join(args), path, p.returncode, p.stderr))
    return json.loads(p.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("yplan")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--keep")
    a = ap.parse_args()
    r = random.Random(a.seed)
    work = a.keep or tempfile.mkdtemp(prefix="yplan-diff-")
    os.makedirs(work, exist_ok=True)
    bad = 0
    for n in range(a.count):
        doc = plan(r)
        for _ in range(r.randint(0, 3)):
            mutate(r, doc)
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        path = os.path.join(work, "plan-%04d.yaml" % n)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        parsed = yaml.safe_load(text)
        want_f = oracle.findings(parsed)
        want_r = oracle.figures(parsed)
        v = run(a.yplan, path, "validate", "--format", "json")
        got_f = sorted((d["check"], d["path"]) for d in v["diagnostics"] if d["check"] in CHECKS)
        got_r = report_figures(run(a.yplan, path, "report", "--format", "json"))
        if got_f != want_f or got_r != want_r:
            bad += 1
            if bad <= 3:
                print("== %s disagrees" % path)
                if got_f != want_f:
                    print("findings: yplan only", sorted(set(got_f) - set(want_f)),
                          "oracle only", sorted(set(want_f) - set(got_f)))
                for k in want_r:
                    if got_r[k] != want_r[k]:
                        print("%s: yplan %s\n%s  oracle %s" % (k, json.dumps(got_r[k], ensure_ascii=False),
                                                               " " * len(k), json.dumps(want_r[k], ensure_ascii=False)))
                print(text)
    print("%d plans (seed %d): %d disagree" % (a.count, a.seed, bad))
    if not a.keep and bad == 0:
        for f in os.listdir(work):
            os.unlink(os.path.join(work, f))
        os.rmdir(work)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The plan document's fidelity, computed apart from yplan.

usage: document_expected.py PLAN.yaml TEXT.txt

Reads the plan with python3-yaml and lists, in document order, every string
and figure the printed document must hold: the title, the outline's titles,
then per section its title, goals (name, baseline, target), KPIs (name,
baseline, each target; then the table's ※ notes), items, 課題, 対応, and the project table
(name, budget, previous, summary bullets) closed by its 計. Then looks for
them, in that order, in TEXT (pdftotext's output of the PDF). Spaces and line
breaks are ignored on both sides (the PDF wraps lines), and both sides are
NFKC-normalised (full-width digits and brackets as the print may write them).
Prints the first string missing or out of order and exits 1; else "ok: N strings in order".
"""
import re
import sys
import unicodedata

import yaml


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s)))


def figure(v):
    """A figure as the Japanese document prints it: 91,456 / △1,500 / 4.2."""
    if v is None:
        return None
    s = unicodedata.normalize("NFKC", str(v)).replace(",", "").replace("△", "-").strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    whole, _, frac = s.partition(".")
    frac = frac.rstrip("0")
    out = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return ("△" if neg else "") + out


def point(p):
    """(value, note) of a baseline/target written as a scalar or {value, note}."""
    if isinstance(p, dict):
        return p.get("value"), p.get("note")
    return p, None


def expected(plan):
    seq = [("title", plan["plan"]["title"])]
    projects = {p["id"]: p for p in plan.get("projects", []) or []}

    def walk(sections, visit):
        for s in sections or []:
            visit(s)
            walk(s.get("sections"), visit)

    walk(plan.get("sections"), lambda s: seq.append(("outline title", s["title"])))

    def body(s):
        seq.append(("section title", s["title"]))
        for g in s.get("goals", []) or []:
            seq.append(("goal", g["name"]))
            for key in ("baseline", "target"):
                v, _ = point(g.get(key))
                if figure(v):
                    seq.append((f"goal {key}", figure(v) + g.get("unit", "")))
        notes = []  # under the KPI table, after all its rows
        for k in s.get("kpis", []) or []:
            seq.append(("KPI", k["name"]))
            v, _ = point(k.get("baseline"))
            if figure(v):
                seq.append(("KPI baseline", figure(v) + k.get("unit", "")))
            for year, t in (k.get("targets") or {}).items():
                v, n = point(t)
                if figure(v):
                    seq.append((f"KPI target {year}", figure(v) + k.get("unit", "")))
                if n:
                    notes.append(n)
            if k.get("note"):
                notes.append(k["note"])
        for n in notes:
            seq.append(("KPI note", n))
        for key in ("items", "issues", "responses"):
            for line in s.get(key, []) or []:
                seq.append((key[:-1], line))
        listings = s.get("projects", []) or []
        for entry in listings:
            entry = entry if isinstance(entry, dict) else {"project": entry}
            p = projects.get(entry["project"], {})
            seq.append(("project", p.get("name", entry["project"])))
            budget = entry["budget"] if "budget" in entry else p.get("budget")
            previous = entry["previous"] if "previous" in entry else p.get("previous")
            seq.append(("budget", figure(budget)))
            seq.append(("previous", f"({figure(previous)})" if previous is not None else "(-)"))
            for line in entry.get("summary") or p.get("summary") or []:
                seq.append(("summary", line))
        total = s.get("total")
        if listings and total:
            seq.append(("計", "計"))
            seq.append(("計 budget", figure(total.get("budget"))))
            if total.get("previous") is not None:
                seq.append(("計 previous", f"({figure(total['previous'])})"))

    walk(plan.get("sections"), body)
    return [(what, s) for what, s in seq if s]


def main():
    plan = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    text = norm(open(sys.argv[2], encoding="utf-8").read())
    seq = expected(plan)
    pos = 0
    for i, (what, s) in enumerate(seq):
        found = text.find(norm(s), pos)
        if found < 0:
            where = "out of order" if norm(s) in text else "missing"
            print(f"FAIL: {what} #{i} {where}: {s}")
            print(f"  after: …{text[max(0, pos - 60):pos]}")
            return 1
        pos = found + len(norm(s))
    print(f"ok: {len(seq)} strings in order")
    return 0


if __name__ == "__main__":
    sys.exit(main())

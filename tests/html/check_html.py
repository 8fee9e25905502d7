"""Checks an HTML report (yplan report --format html) against the same
report's JSON: the page parses as HTML5 without errors, references nothing
outside itself, has one line chart per indicator with one point per set
target (and one per baseline and actual), and its bars are proportional to
the figures they stand for.

usage: /usr/bin/python3 check_html.py PAGE.html REPORT.json
Needs python3-html5lib (Debian). Prints what it checked; exits 1 on a failure.
"""
import json
import re
import sys

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
failures = []


def fail(msg):
    failures.append(msg)


def local(tag):
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def classes(el):
    return (el.get("class") or "").split()


def find_all(root, name, cls=None):
    return [e for e in root.iter() if local(e.tag) == name and (cls is None or cls in classes(e))]


def text_of(el):
    return "".join(el.itertext())


page_path, json_path = sys.argv[1], sys.argv[2]
with open(page_path, "rb") as f:
    source = f.read()
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
try:
    doc = parser.parse(source)
except Exception as e:  # html5lib.html5parser.ParseError
    print(f"FAIL: {page_path} does not parse as HTML5: {e} at {parser.errors[:3]}")
    sys.exit(1)
report = json.load(open(json_path, encoding="utf-8"))

# Nothing outside the page: no script, no stylesheet link, no remote src/href, no @import.
for el in doc.iter():
    name = local(el.tag)
    if name in ("script", "link", "iframe", "object", "embed", "img"):
        fail(f"<{name}> element: the page must be self-contained")
    for attr, value in el.attrib.items():
        if local(attr) in ("src", "href") and re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", value, re.I):
            fail(f"external reference {local(attr)}={value!r} on <{name}>")
for style in find_all(doc, "style"):
    css = text_of(style)
    if "@import" in css or re.search(r"url\(", css):
        fail("a style sheet imports or loads something")

# One chart per indicator; one point per set target, baseline and actual.
charts = 0
points = 0
plan = report["plans"][0]
for ind in plan["indicators"]:
    fig_id = f'{ind["kind"]}-{ind["id"]}'
    figs = [e for e in find_all(doc, "figure") if e.get("id") == fig_id]
    if len(figs) != 1:
        fail(f"indicator {fig_id}: {len(figs)} figures, expected 1")
        continue
    svgs = find_all(figs[0], "svg", "line")
    if len(svgs) != 1:
        fail(f"indicator {fig_id}: {len(svgs)} line charts, expected 1")
        continue
    charts += 1
    svg = svgs[0]
    title = [c for c in svg if local(c.tag) == "title"]
    if not title or text_of(title[0]) != f'{ind["name"]} ({ind["unit"]})':
        fail(f"indicator {fig_id}: chart title {text_of(title[0]) if title else None!r}")
    marks = lambda kind: [c for c in find_all(svg, "circle", "mark") if kind in classes(c) and c.get("data-value") is not None]
    set_targets = [t["value"] for t in ind["targets"] if t["value"] is not None]
    got = [float(c.get("data-value")) for c in marks("target")]
    if sorted(got) != sorted(float(v) for v in set_targets):
        fail(f"indicator {fig_id}: target points {got}, expected {set_targets}")
    open_targets = [t for t in ind["targets"] if t["value"] is None]
    got_open = [g for g in find_all(svg, "g", "open")]
    if len(got_open) != len(open_targets):
        fail(f"indicator {fig_id}: {len(got_open)} open marks, expected {len(open_targets)}")
    base = ind["baseline"]["value"] if ind["baseline"] else None
    got_base = [float(c.get("data-value")) for c in marks("baseline")]
    if got_base != ([float(base)] if base is not None else []):
        fail(f"indicator {fig_id}: baseline points {got_base}, expected {base}")
    for c in marks("target") + marks("baseline") + marks("actual"):
        tip = [t for t in c if local(t.tag) == "title"]
        if not tip or not text_of(tip[0]).strip():
            fail(f"indicator {fig_id}: a point without its figure as text")
    points += len(got) + len(got_base) + len(marks("actual"))
for fig in find_all(doc, "figure", "indicator"):
    if not any(f'{i["kind"]}-{i["id"]}' == fig.get("id") for i in plan["indicators"]):
        fail(f"a chart for no indicator: {fig.get('id')}")

# Bars: lengths proportional to the values, and the section chart shows the sections' budgets.
bar_charts = find_all(doc, "svg", "bars")
bars = 0
for svg in bar_charts:
    pairs = []
    for rect in find_all(svg, "rect", "bar"):
        pairs.append((abs(float(rect.get("data-value"))), float(rect.get("width"))))
        bars += 1
    # px per unit from the longest bar; every bar within 0.002 px of it (widths are written to 0.001 px)
    top = max(pairs, default=(0, 0))
    k = top[1] / top[0] if top[0] else 0
    for value, width in pairs:
        if abs(width - k * value) > 0.002:
            fail(f"bar of {value} is {width} px long, expected {k * value:.3f} (proportional)")
if plan["budget"]["sections"]:
    first = [float(r.get("data-value")) for r in find_all(bar_charts[0], "rect", "s0")
             if "bar" in classes(r)] if bar_charts else []
    want = [float(s["budget"]) for s in plan["budget"]["sections"]]
    if first != want:
        fail(f"section bars {first[:5]}..., expected the sections' budgets {want[:5]}...")

if failures:
    for f in failures:
        print("FAIL:", f)
    sys.exit(1)
print(f"ok: parses; self-contained; {charts} indicator charts with {points} points; "
      f"{len(bar_charts)} bar charts with {bars} proportional bars")

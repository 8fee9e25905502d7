#!/usr/bin/python3
"""`yplan lsp` on ids written every way YAML allows (issue 23, items 2, 3
and 6): references, prepareRename and rename cover the id's own text (plain,
quoted, in flow, block scalars), or refuse with the reason; completion
replaces the whole typed prefix; hover on a project's own budget. Exact
ranges and texts; each renamed file is validated by `yplan validate`.

usage: editing.py YPLAN SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, apply, check, failures, rng  # noqa: E402

YPLAN, ROOT = sys.argv[1], sys.argv[2]
URI = "file:///tmp/lsp-test/styles.yaml"
TEXT = open(os.path.join(ROOT, "tests/lsp/data/styles.yaml"), encoding="utf-8").read()


def doc(line=None, ch=None, **kw):
    p = {"textDocument": {"uri": URI}}
    if line is not None:
        p["position"] = {"line": line, "character": ch}
    p.update(kw)
    return p


def validates(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "styles.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        v = subprocess.run([YPLAN, "validate", path], capture_output=True, text=True)
        return v.returncode, v.stdout.splitlines()[-1:]


CLEAN = (0, ["0 errors, 0 warnings in 1 file"])
check("the plan validates as written", validates(TEXT), CLEAN)

c = Client(YPLAN)
c.request("initialize", {"processId": None, "locale": "en", "capabilities": {}})
c.notify("initialized", {})
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
check("no findings", c.wait_note("textDocument/publishDiagnostics")["params"]["diagnostics"], [])

# --- Every id range is the id's own text --------------------------------------
IJU = [rng(10, 8, 10, 17), rng(32, 10, 32, 19), rng(39, 16, 39, 25)]        # plain, `>-`, "in a flow sequence"
TETSUDO = [rng(15, 9, 15, 24), rng(33, 18, 33, 33), rng(39, 29, 39, 44)]    # 'quoted', {flow: map}, 'in a sequence'
GAIKOKU = [rng(20, 9, 20, 27), rng(35, 10, 35, 28), rng(39, 47, 39, 65)]    # "quoted", `|-`, plain in a sequence
for name, ranges in [("plain/block/flow", IJU), ("single-quoted/flow", TETSUDO), ("double-quoted/block", GAIKOKU)]:
    r = c.request("textDocument/references", doc(ranges[0]["start"]["line"], ranges[0]["start"]["character"] + 1,
                                                 context={"includeDeclaration": True}))["result"]
    check(f"references, {name}", [x["range"] for x in r], ranges)
    for want in ranges:
        at = doc(want["start"]["line"], want["start"]["character"] + 2)
        check(f"prepareRename at {want['start']}", c.request("textDocument/prepareRename", at)["result"], want)
        check(f"definition at {want['start']}", c.request("textDocument/definition", at)["result"]["range"], ranges[0])
check("prepareRename on the `>-` indicator: no id there",
      c.request("textDocument/prepareRename", doc(31, 17))["result"], None)

# --- Rename: each occurrence written as it was ---------------------------------
for what, at, new, texts, ranges in [
    ("block scalar keeps its `>-`", (32, 12), "iju", ["iju"] * 3, IJU),
    ("quotes kept, an apostrophe doubled in single quotes", (33, 20), "o'neil",
     ["o''neil", "o'neil", "o''neil"], TETSUDO),
    ("a number stays a string in every style", (35, 12), "2021", ["2021", "2021", "\"2021\""], GAIKOKU),
    ("a double quote escaped between double quotes", (20, 12), 'say"x', ['say\\"x', 'say"x', 'say"x'], GAIKOKU),
]:
    r = c.request("textDocument/rename", doc(*at, newName=new))
    edits = r.get("result", {}).get("changes", {}).get(URI, r)
    check(f"rename: {what}", edits, [{"range": g, "newText": t} for g, t in zip(ranges, texts)])
    renamed = apply(TEXT, edits) if isinstance(edits, list) else TEXT
    check(f"rename: {what}: the file validates", validates(renamed), CLEAN)
check("the `>-` listing after a rename", apply(TEXT, c.request("textDocument/rename", doc(32, 12, newName="b"))
                                               ["result"]["changes"][URI]).split("\n")[31:33],
      ["      - project: >-", "          b"])

# An id not written as it reads (an escape): the rename is refused, with where and why.
ESCAPED = TEXT.replace('projects: ["iju-teiju",', 'projects: ["iju\\x2dteiju",')
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": ESCAPED}]})
check("an escaped listing still reads as the id", c.wait_note("textDocument/publishDiagnostics")["params"]["diagnostics"], [])
WHY = ("the id `iju-teiju` at line 40 is not written as it reads (an escape, an alias, or a fold over lines); "
       "write it plainly, or rename it by hand")
check("prepareRename refused", c.request("textDocument/prepareRename", doc(10, 9)).get("error"), {"code": -32803, "message": WHY})
check("rename refused", c.request("textDocument/rename", doc(10, 9, newName="x")).get("error"), {"code": -32803, "message": WHY})

# --- Completion replaces the whole typed prefix, hyphens included ---------------
for what, line, want_range, want_labels in [
    ("a bare listing", "      - iju-te", rng(36, 8, 36, 14), ["iju-teiju", "tetsudo-network", "gaikokujin-onestop"]),
    ("after project:", "      - project: gaikokujin-o", rng(36, 17, 36, 29),
     ["iju-teiju", "tetsudo-network", "gaikokujin-onestop"]),
    ("in quotes", '      - "tetsudo-', rng(36, 9, 36, 17), ["iju-teiju", "tetsudo-network", "gaikokujin-onestop"]),
    ("nothing typed yet", "      - ", rng(36, 8, 36, 8), ["iju-teiju", "tetsudo-network", "gaikokujin-onestop"]),
]:
    lines = TEXT.split("\n")
    typed = "\n".join(lines[:36] + [line] + lines[36:])
    c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3}, "contentChanges": [{"text": typed}]})
    c.wait_note("textDocument/publishDiagnostics")
    items = c.request("textDocument/completion", doc(36, len(line)))["result"]["items"]
    check(f"completion {what}: labels", [i["label"] for i in items], want_labels)
    check(f"completion {what}: each replaces the typed prefix",
          [(i["textEdit"]["range"], i["textEdit"]["newText"], i["filterText"]) for i in items],
          [(want_range, i, i) for i in want_labels])
lines = TEXT.split("\n")
typed = "\n".join(lines[:15] + ["    fiscal_ye"] + lines[15:])
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 4}, "contentChanges": [{"text": typed}]})
c.wait_note("textDocument/publishDiagnostics")
items = c.request("textDocument/completion", doc(15, 13))["result"]["items"]
check("completion of a key replaces its prefix", items[0]["textEdit"], {"range": rng(15, 4, 15, 13), "newText": "id"})

# --- Hover on a project's own budget -------------------------------------------
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 5}, "contentChanges": [{"text": TEXT}]})
c.wait_note("textDocument/publishDiagnostics")
PROJECT = ("**移住定住促進事業費** (`iju-teiju`)\n\n- budget: 1,200 千円\n- previous: 1,000 千円\n- category: continuing\n\n"
           "Listed under 2 sections:\n- ① 移住・定住 (`1`)\n- ② 交流 (`2`)")
h = c.request("textDocument/hover", doc(12, 13))["result"]
check("hover on a project's budget value", (h["contents"]["value"], h["range"]), (PROJECT, rng(12, 12, 12, 16)))
h = c.request("textDocument/hover", doc(12, 5))["result"]
check("hover on its budget key", (h["contents"]["value"], h["range"]), (PROJECT, rng(12, 4, 12, 10)))
h = c.request("textDocument/hover", doc(10, 9))["result"]
check("the same as on its id", (h["contents"]["value"], h["range"]), (PROJECT, rng(10, 8, 10, 17)))
check("no hover on its name", c.request("textDocument/hover", doc(11, 12))["result"], None)
c.request("shutdown")
c.notify("exit")
check("exit", c.close()[0], 0)

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all passed")

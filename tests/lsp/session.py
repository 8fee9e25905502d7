#!/usr/bin/python3
"""A whole `yplan lsp` session over pipes, asserting exact ranges and results.

usage: session.py YPLAN SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, apply, check, failures, rng  # noqa: E402

YPLAN, ROOT = sys.argv[1], sys.argv[2]
URI = "file:///tmp/lsp-test/broken.yaml"
TEXT = open(os.path.join(ROOT, "tests/lsp/data/broken.yaml"), encoding="utf-8").read()
def diag_summary(note):
    return [(d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["line"],
             d["range"]["end"]["character"], d["severity"], d["code"]) for d in note["params"]["diagnostics"]]


def doc(line=None, ch=None, **kw):
    p = {"textDocument": {"uri": URI}}
    if line is not None:
        p["position"] = {"line": line, "character": ch}
    p.update(kw)
    return p


DOCS = "https://example.org/yplan-plan.5.html"  # the default, found where yplan is installed: protocol.py
c = Client(YPLAN, "--docs-url", DOCS)

# Before initialize: ServerNotInitialized.
r = c.request("textDocument/hover", doc(0, 0))
check("request before initialize", r.get("error", {}).get("code"), -32002)

r = c.request("initialize", {"processId": None, "rootUri": None, "locale": "en",
                             "capabilities": {"general": {"positionEncodings": ["utf-16"]}}})
caps = r["result"]["capabilities"]
check("position encoding", caps["positionEncoding"], "utf-16")
check("full sync", caps["textDocumentSync"]["change"], 1)
check("providers", [k for k in ("hoverProvider", "definitionProvider", "referencesProvider", "renameProvider",
                                "documentSymbolProvider", "codeActionProvider", "completionProvider") if k in caps], 
      ["hoverProvider", "definitionProvider", "referencesProvider", "renameProvider", "documentSymbolProvider",
       "codeActionProvider", "completionProvider"])
c.notify("initialized", {})

# didOpen of a broken plan: every finding at its node's exact range.
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
note = c.wait_note("textDocument/publishDiagnostics")
check("diagnostics on open", diag_summary(note), [
    (11, 18, 11, 23, 1, "budget-total"),      # total: {budget: 26656 ...}: the figure
    (14, 8, 14, 18, 2, "unlisted-project"),   # - id: ryugakusei
    (19, 4, 19, 10, 1, "schema"),             # sumary:
    (39, 32, 39, 42, 1, "unknown-project"),   # after 𠮷田の再掲: UTF-16 column 32 (31 code points)
])
d0 = note["params"]["diagnostics"][0]
check("code description", d0["codeDescription"]["href"], DOCS + "#budget-total")
check("message", d0["message"],
      "stated total budget 26,656 differs from the sum of the projects (each counted once), 26,566 (difference +90)\n"
      "fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that "
      "only partly belongs here with `partial: true` and its part")
check("version", note["params"]["version"], 1)

# Hover: a listing, the plan total, a KPI target's year, fiscal_year.
h = c.request("textDocument/hover", doc(40, 12))["result"]
check("hover listing range", h["range"], rng(40, 8, 40, 26))
check("hover listing", h["contents"]["value"],
      "**外国人総合相談ワンストップセンター運営事業費** (`gaikokujin-onestop`)\n\n- budget: 2,802 千円\n"
      "- previous: 7,802 千円\n- category: continuing\n\nListed under 1 section:\n- ② 外国人材の受け入れ拡大 (`1.1.2`)")
h = c.request("textDocument/hover", doc(11, 20))["result"]
check("hover total", h["contents"]["value"],
      "**Total of the plan**\n\n- stated (budget / previous): 26,656 / 20,576 千円\n"
      "- computed (budget / previous): 26,566 / 20,576 千円\n\nProjects (each counted once):\n"
      "- `ryugakusei` 留学生受入拡大推進事業費 — 23,764 / 12,774\n"
      "- `gaikokujin-onestop` 外国人総合相談ワンストップセンター運営事業費 — 2,802 / 7,802")
h2 = c.request("textDocument/hover", doc(11, 3))["result"]
check("hover on the key total", (h2["contents"]["value"], h2["range"]), (h["contents"]["value"], rng(11, 2, 11, 7)))
h = c.request("textDocument/hover", doc(37, 28))["result"]
check("hover KPI target year", h["contents"]["value"],
      "R3: fiscal year 2021 (Gregorian) = 令和3年度\n\n**県内の留学生数** (`ryugakusei-count`)\n\n"
      "- direction: increase\n- unit: 人\n\n| year | value |\n|---|---|\n| R1 (baseline) | 400 |\n"
      "| R2 | 420 |\n| R3 | 440 |\n| R4 | 460 |")
h = c.request("textDocument/hover", doc(9, 16))["result"]
check("hover year", (h["contents"]["value"], h["range"]), ("R2: fiscal year 2020 (Gregorian) = 令和2年度", rng(9, 15, 9, 17)))
check("hover on nothing", c.request("textDocument/hover", doc(0, 3))["result"], None)

# Definition and references.
r = c.request("textDocument/definition", doc(40, 12))["result"]
check("definition", r, {"uri": URI, "range": rng(21, 8, 21, 26)})
r = c.request("textDocument/references", doc(21, 10, context={"includeDeclaration": True}))["result"]
check("references", [x["range"] for x in r], [rng(21, 8, 21, 26), rng(40, 8, 40, 26)])
r = c.request("textDocument/references", doc(21, 10, context={"includeDeclaration": False}))["result"]
check("references without the declaration", [x["range"] for x in r], [rng(40, 8, 40, 26)])

# Document symbols: the section tree with its KPI and listings, then the projects.
r = c.request("textDocument/documentSymbol", doc())["result"]


def outline(syms, depth=0):
    out = []
    for s in syms:
        out.append(("  " * depth) + f"{s['name']} [{s['detail']}] {s['kind']}")
        out += outline(s.get("children", []), depth + 1)
    return out


check("document symbols", outline(r), [
    "② 外国人材の受け入れ拡大 [1.1.2] 3",
    "  県内の留学生数 [KPI ryugakusei-count] 16",
    "  ryugakusai [ryugakusai] 18",
    "  外国人総合相談ワンストップセンター運営事業費 [gaikokujin-onestop] 18",
    "projects [2 projects] 4",
    "  留学生受入拡大推進事業費 [ryugakusei (23,764)] 19",
    "  外国人総合相談ワンストップセンター運営事業費 [gaikokujin-onestop (2,802)] 19",
])
check("section symbol range", (r[0]["range"], r[0]["selectionRange"]), (rng(28, 4, 40, 26), rng(28, 8, 28, 15)))

# Completion: project ids in a listing (name and budget as detail); keys of a project.
r = c.request("textDocument/completion", doc(40, 8))["result"]["items"]
check("complete project ids", [(i["label"], i["detail"]) for i in r],
      [("ryugakusei", "留学生受入拡大推進事業費 — 23,764 千円"),
       ("gaikokujin-onestop", "外国人総合相談ワンストップセンター運営事業費 — 2,802 千円")])
r = c.request("textDocument/completion", doc(22, 4))["result"]["items"]
check("complete project keys", [i["label"] for i in r], ["id", "name", "budget", "previous", "category", "summary", "note"])

# Rename: refused onto an existing id; a project: its definition and every listing.
r = c.request("textDocument/rename", doc(21, 10, newName="ryugakusei"))
check("rename onto an existing id", r.get("error", {}).get("code"), -32803)
r = c.request("textDocument/prepareRename", doc(32, 14))["result"]
check("prepare rename KPI", r, rng(32, 12, 32, 28))
r = c.request("textDocument/rename", doc(40, 10, newName="gaikokujin"))["result"]
check("rename project", r["changes"][URI], [{"range": rng(21, 8, 21, 26), "newText": "gaikokujin"},
                                            {"range": rng(40, 8, 40, 26), "newText": "gaikokujin"}])
text = apply(TEXT, r["changes"][URI])
r = c.request("textDocument/rename", doc(28, 10, newName="1.1.3"))["result"]
# The id's own text, between its quotes (issue 23): the quotes stay as written.
check("rename section keeps the quotes", r["changes"][URI], [{"range": rng(28, 9, 28, 14), "newText": "1.1.3"}])
text = apply(text, r["changes"][URI])
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": text}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("diagnostics after renames", diag_summary(note), [
    (11, 18, 11, 23, 1, "budget-total"), (14, 8, 14, 18, 2, "unlisted-project"), (19, 4, 19, 10, 1, "schema"),
    (39, 32, 39, 42, 1, "unknown-project")])

# Code actions: every quick fix, applied, makes the file validate.
r = c.request("textDocument/codeAction", doc(range=rng(0, 0, 41, 0), context={"diagnostics": note["params"]["diagnostics"]}))["result"]
check("code action titles", [(a["title"], a["kind"], a["diagnostics"][0]["code"]) for a in r], [
    ("Set plan.total.budget to 26566", "quickfix", "budget-total"),
    ("Change `sumary` to `summary`", "quickfix", "schema"),
    ("Change `ryugakusai` to `ryugakusei`", "quickfix", "unknown-project")])
check("minimal edit of a total", r[0]["edit"]["changes"][URI], [{"range": rng(11, 20, 11, 22), "newText": "56"}])
edits = [e for a in r for e in a["edit"]["changes"][URI]]
fixed = apply(text, edits)
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3}, "contentChanges": [{"text": fixed}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("no diagnostics once fixed", (note["params"]["version"], note["params"]["diagnostics"]), (3, []))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "fixed.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(fixed)
    v = subprocess.run([YPLAN, "validate", path], capture_output=True, text=True)
    check("the fixed file validates", (v.returncode, v.stdout.splitlines()[-1:]), (0, ["0 errors, 0 warnings in 1 file"]))

# A version that does not parse: a parse finding; requests still answer.
broken = fixed.replace("  id: lsp-test", "  id: [lsp-test")
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 4}, "contentChanges": [{"text": broken}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("parse finding", [d[5] for d in diag_summary(note)], ["parse"])
check("hover while broken", c.request("textDocument/hover", doc(40, 12)).get("result", "error"), None)
r = c.request("textDocument/completion", doc(40, 8))["result"]["items"]
check("complete from the last version that parsed", [i["label"] for i in r], ["ryugakusei", "gaikokujin"])

# Errors: unknown method, invalid parameters, a document never opened.
check("unknown method", c.request("yplan/nothing", {}).get("error", {}).get("code"), -32601)
check("invalid params", c.request("textDocument/hover", {"textDocument": {"uri": URI}}).get("error", {}).get("code"), -32602)
check("unopened document", c.request("textDocument/hover", {"textDocument": {"uri": "file:///nope"},
                                                            "position": {"line": 0, "character": 0}})["error"]["code"], -32602)
c.send({"jsonrpc": "2.0", "id": [[[1]]], "method": "shutdown"})
c.send_raw(b"Content-Length: 5\r\n\r\n{oops")
check("not JSON", c.request("shutdown").get("result", "missing"), None)
c.notify("exit")
rc, err = c.close()
check("exit code after shutdown", rc, 0)
check("error responses without an id", [m.get("error", {}).get("code") for m in c.notes if "id" in m and m["id"] is None],
      [-32600, -32700])

# UTF-8 positions when the client offers them.
c = Client(YPLAN)
r = c.request("initialize", {"processId": None, "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}})
check("utf-8 offered", r["result"]["capabilities"]["positionEncoding"], "utf-8")
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
note = c.wait_note("textDocument/publishDiagnostics")
last = note["params"]["diagnostics"][-1]
# 15 ASCII bytes, 𠮷 (4 bytes), 田の再掲 (4 x 3), 11 ASCII bytes: byte 42
check("utf-8 columns", (last["code"], last["range"]), ("unknown-project", rng(39, 42, 39, 52)))
c.notify("exit")
rc, _ = c.close()
check("exit without shutdown", rc, 1)

# --debounce: changes in quick succession are checked once, at the newest version.
c = Client(YPLAN, "--debounce", "300")
c.request("initialize", {"processId": None, "capabilities": {}})
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": TEXT + "#\n"}]})
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3}, "contentChanges": [{"text": fixed}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("debounced: one check of the newest version", (note["params"]["version"], note["params"]["diagnostics"]), (3, []))
c.request("shutdown")
check("debounced: no other diagnostics", [m for m in c.notes if m.get("method") == "textDocument/publishDiagnostics"], [])
c.notify("exit")
c.close()

# A plan whose lines end with a CR alone: the parse finding validate gives, at the
# first CR (the end of line 0 for the client, which reads a CR alone as a line end).
c = Client(YPLAN)
c.request("initialize", {"processId": None, "capabilities": {}})
CR_URI = "file:///tmp/lsp-test/cr.yaml"
c.notify("textDocument/didOpen", {"textDocument": {"uri": CR_URI, "languageId": "yaml", "version": 1,
                                                   "text": TEXT.replace("\n", "\r")}})
note = c.wait_note("textDocument/publishDiagnostics")
d = note["params"]["diagnostics"]
check("CR line ends: one parse finding at the first CR",
      [(x["code"], x["range"]["start"], x["message"]) for x in d],
      [("parse", {"line": 0, "character": TEXT.index("\n")},
        "the lines of this file end with a CR alone (old Mac OS line ends); yplan reads lines that end with LF or "
        "CR LF\nconvert the line ends to LF: tr '\\r' '\\n' < /tmp/lsp-test/cr.yaml > /tmp/lsp-test/cr.yaml.lf "
        "(then use the new file), or save it with LF line ends in your editor")])
c.request("shutdown")
c.notify("exit")
c.close()

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all passed")

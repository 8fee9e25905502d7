#!/usr/bin/python3
"""`yplan lsp` while a large plan is checked (issue 23, item 4): checks run
off the request thread, so hover answers from the last analysed version
before the new version's diagnostics; a newer version abandons an older
check (one publication, of the newest); a request that waits for an
analysis is cancelled by $/cancelRequest (RequestCancelled, -32800).
Ordering is asserted, never a time (times are in tests/bench/lsp.sh).

usage: scheduling.py YPLAN SOURCE_DIR YPLAN_GEN
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, check, failures  # noqa: E402

YPLAN, ROOT, GEN = sys.argv[1], sys.argv[2], sys.argv[3]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "large.yaml")
    subprocess.run([GEN, "large", path, "10000", "5000"], check=True, capture_output=True)
    TEXT = open(path, encoding="utf-8").read()
URI = "file:///tmp/lsp-test/large.yaml"
POS = {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}

c = Client(YPLAN)
c.request("initialize", {"processId": None, "locale": "en", "capabilities": {}})
c.notify("initialized", {})

# A rename sent before the first analysis is done waits for it; cancelled, it
# is answered RequestCancelled, and the analysis goes on to its diagnostics.
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
c.next_id += 1
rid = c.next_id
c.send({"jsonrpc": "2.0", "id": rid, "method": "textDocument/rename", "params": {**POS, "newName": "x"}})
c.notify("$/cancelRequest", {"id": rid})
r = c._read(60)
check("a waiting request, cancelled", r, {"jsonrpc": "2.0", "id": rid, "error": {
    "code": -32800, "message": "the request was cancelled"}})
note = c.wait_note("textDocument/publishDiagnostics", timeout=60)
check("the first analysis still publishes", note["params"]["version"], 1)
check("cancelling an answered request: nothing", c.request("yplan/ping").get("error", {}).get("code"), -32601)
c.notify("$/cancelRequest", {"id": rid})

# Three versions in a row: the older checks are abandoned; hover, sent after
# them, is answered from version 1 before any diagnostics come.
for v in (2, 3, 4):
    c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": v},
                                        "contentChanges": [{"text": TEXT + f"# edit {v}\n"}]})
c.next_id += 1
c.send({"jsonrpc": "2.0", "id": c.next_id, "method": "textDocument/hover", "params": POS})
first = c._read(60)
check("hover answered before the new version's diagnostics", (first.get("id"), "result" in first), (c.next_id, True))
note = c.wait_note("textDocument/publishDiagnostics", timeout=60)
check("one publication, of the newest version", note["params"]["version"], 4)
c.request("shutdown", timeout=60)
check("no other diagnostics", [m["params"]["version"] for m in c.notes if m.get("method") == "textDocument/publishDiagnostics"], [])
c.notify("exit")
check("exit", c.close(60)[0], 0)

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all passed")

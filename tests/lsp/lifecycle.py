#!/usr/bin/python3
"""`yplan lsp` as eglot and lsp-mode drive it (issue 23, item 1): methods
without params sent with `"params": null`, notifications never answered, a
second initialize, errors without any library's text, documents that are
not YAML, and the exit status at the end of a session. Exact replies.

usage: lifecycle.py YPLAN SOURCE_DIR
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, check, failures, rng  # noqa: E402

YPLAN, ROOT = sys.argv[1], sys.argv[2]
URI = "file:///tmp/lsp-test/broken.yaml"
TEXT = open(os.path.join(ROOT, "tests/lsp/data/broken.yaml"), encoding="utf-8").read()


def started():
    c = Client(YPLAN)
    r = c.request("initialize", {"processId": None, "locale": "en", "capabilities": {}})
    assert "result" in r, r
    c.notify("initialized", {})
    return c


def raw_request(c, method, **extra):
    """A request with the members given as is (params null, or absent)."""
    c.next_id += 1
    c.send({"jsonrpc": "2.0", "id": c.next_id, "method": method, **extra})
    return c._read(5)


def silent(c, why):
    """Nothing was sent since the last reply: the next request's answer comes first."""
    r = c.request("yplan/ping-after-notification")
    check(why, (c.notes, r["error"]["code"]), ([], -32601))


# --- Methods without params: null, absent or empty ----------------------------
# What eglot sends: shutdown with params null, then exit with params null.
for what, extra in [("null", {"params": None}), ("absent", {}), ("empty", {"params": {}}), ("an empty array", {"params": []})]:
    c = started()
    r = raw_request(c, "shutdown", **extra)
    check(f"shutdown, params {what}: result null", r, {"jsonrpc": "2.0", "id": c.next_id, "result": None})
    c.send({"jsonrpc": "2.0", "method": "exit", **extra})
    rc, err = c.close()
    check(f"exit, params {what}: status 0, nothing logged, no reply", (rc, err, c.notes, c.buf), (0, "", [], b""))

# --- Notifications are never answered, not even with an error -----------------
c = started()
c.send({"jsonrpc": "2.0", "method": "initialized", "params": "bar"})
silent(c, "a notification with params neither object nor array: no reply")
c.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": None})
silent(c, "didOpen without params: no reply")
c.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": URI, "text": 5}}})
silent(c, "didOpen with a text that is a number: no reply")
c.send({"jsonrpc": "2.0", "method": "yplan/unknown"})
silent(c, "an unknown notification: no reply")
c.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": 1}}})
silent(c, "didClose with a uri that is a number: no reply")

# --- A second initialize: InvalidRequest (LSP 3.17: it may only be sent once) --
r = c.request("initialize", {"processId": None, "capabilities": {}})
check("second initialize", r.get("error"), {
    "code": -32600, "message": "the server is already initialized: initialize may be sent only once"})

# --- No library text in any message --------------------------------------------
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
c.wait_note("textDocument/publishDiagnostics")
for what, method, params, message in [
    ("hover without a position", "textDocument/hover", {"textDocument": {"uri": URI}},
     "invalid parameters: position is missing"),
    ("hover with a position that is a string", "textDocument/hover", {"textDocument": {"uri": URI}, "position": "1:2"},
     "invalid parameters: position must be an object, not a string"),
    ("hover with a uri that is a number", "textDocument/hover", {"textDocument": {"uri": 7}, "position": {"line": 0, "character": 0}},
     "invalid parameters: textDocument.uri must be a string, not a number"),
    ("hover with params null", "textDocument/hover", None, "invalid parameters: textDocument is missing"),
    ("hover with params an array", "textDocument/hover", [1], "invalid parameters: the params must be an object, not an array"),
    ("rename without newName", "textDocument/rename", {"textDocument": {"uri": URI}, "position": {"line": 21, "character": 10}},
     "invalid parameters: newName is missing"),
    ("references with includeDeclaration a string", "textDocument/references",
     {"textDocument": {"uri": URI}, "position": {"line": 21, "character": 10}, "context": {"includeDeclaration": "yes"}},
     "invalid parameters: context.includeDeclaration must be a boolean, not a string"),
    ("codeAction without range", "textDocument/codeAction", {"textDocument": {"uri": URI}, "context": {}},
     "invalid parameters: range is missing"),
]:
    r = raw_request(c, method, params=params)
    check(what, r.get("error"), {"code": -32602, "message": message})
c.send_raw(b"Content-Length: 5\r\n\r\n{oops")
r = c._read(5)
check("not JSON: the byte, not the library's words", r, {"jsonrpc": "2.0", "id": None, "error": {
    "code": -32700, "message": "not JSON: a syntax error at byte 2 of the message's content"}})
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"range": rng(0, 0, 0, 0)}]})
check("a change without text", c.wait_note("window/showMessage")["params"]["message"],
      "/tmp/lsp-test/broken.yaml: an edit is refused and the file left as it was (version 1): invalid parameters: "
      "contentChanges[0].text is missing; close and reopen the file so that yplan reads it whole again")
c.request("shutdown")
c.notify("exit")
rc, err = c.close()
check("the log holds no library text", ("json.exception" in err, rc), (False, 0))

# --- A document that is not YAML is not checked as a plan ----------------------
c = started()
MD = "file:///tmp/lsp-test/notes.md"
c.notify("textDocument/didOpen", {"textDocument": {"uri": MD, "languageId": "markdown", "version": 1, "text": TEXT}})
pos = {"textDocument": {"uri": MD}, "position": {"line": 40, "character": 12}}
check("not YAML: hover", c.request("textDocument/hover", pos), {"jsonrpc": "2.0", "id": c.next_id, "result": None})
check("not YAML: references", c.request("textDocument/references", {**pos, "context": {"includeDeclaration": True}})["result"], [])
check("not YAML: completion", c.request("textDocument/completion", pos)["result"], {"isIncomplete": False, "items": []})
check("not YAML: symbols", c.request("textDocument/documentSymbol", {"textDocument": {"uri": MD}})["result"], [])
check("not YAML: rename refused", c.request("textDocument/rename", {**pos, "newName": "x"}).get("error"), {
    "code": -32803, "message": "/tmp/lsp-test/notes.md is not checked as a plan: its languageId is \"markdown\", not yaml"})
c.notify("textDocument/didChange", {"textDocument": {"uri": MD, "version": 2}, "contentChanges": [{"text": TEXT + "#\n"}]})
silent(c, "not YAML: no diagnostics on open or change")
# The same file reopened as YAML (the editor's filetype set), then as JSON again: checked, then its findings cleared.
c.notify("textDocument/didOpen", {"textDocument": {"uri": MD, "languageId": "yaml", "version": 3, "text": TEXT}})
check("reopened as YAML: checked", len(c.wait_note("textDocument/publishDiagnostics")["params"]["diagnostics"]), 4)
c.notify("textDocument/didOpen", {"textDocument": {"uri": MD, "languageId": "json", "version": 4, "text": TEXT}})
check("reopened as JSON: its findings cleared", c.wait_note("textDocument/publishDiagnostics")["params"],
      {"uri": MD, "diagnostics": []})
for lang in ("yaml.ansible", "YAML", "yaml-ts"):
    c.notify("textDocument/didOpen", {"textDocument": {"uri": MD, "languageId": lang, "version": 5, "text": TEXT}})
    check(f"languageId {lang}: checked", len(c.wait_note("textDocument/publishDiagnostics")["params"]["diagnostics"]), 4)
c.request("shutdown")
c.notify("exit")
c.close()

# --- Exit status (LSP 3.17 §exit): 0 when shutdown came first, else 1 ----------
c = started()
c.request("shutdown")
check("shutdown, then the end of input: 0", c.close()[0], 0)
c = started()
check("the end of input without shutdown: 1", c.close()[0], 1)
c = started()
c.notify("exit", None)
check("exit without shutdown: 1", c.close()[0], 1)

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all passed")

#!/usr/bin/python3
"""`yplan lsp` on input that breaks the protocol: frames (LSP 3.17 Base
Protocol), JSON-RPC 2.0 batches and invalid messages, edits that do not fit
the document, and where a finding's code links to. Exact replies, logs and
exit codes.

usage: protocol.py YPLAN SOURCE_DIR
"""
import os
import shutil
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, check, failures, rng  # noqa: E402

YPLAN, ROOT = sys.argv[1], sys.argv[2]
URI = "file:///tmp/lsp-test/broken.yaml"
TEXT = open(os.path.join(ROOT, "tests/lsp/data/broken.yaml"), encoding="utf-8").read()
def error_null(code, message):
    return {"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}}


def started(*args):
    c = Client(YPLAN, *args)
    r = c.request("initialize", {"processId": None, "locale": "en", "capabilities": {}})
    assert "result" in r, r
    return c


def frame(header, body=b""):
    """A server gets `header` then `body` and the end of input: its one reply, its log, its exit code."""
    c = Client(YPLAN)
    c.send_raw(header + body)
    c.proc.stdin.close()
    replies = []
    try:
        while True:
            replies.append(c._read(5))
    except (EOFError, TimeoutError):
        pass
    rc = c.proc.wait(10)
    return replies, c.proc.stderr.read().decode("utf-8"), rc


# --- Frames -----------------------------------------------------------------
# A Content-Length that cannot be a length: a Parse error with id null (the
# request's id is unknown), the reason as sent, and the session ends (exit 1):
# where the next message starts cannot be known.
LOST = "; stopping, as where the next message starts is unknown\n"
for what, header, reason in [
    ("not a number", b"Content-Length: abc\r\n\r\n", 'Content-Length "abc" is not a number of bytes'),
    ("negative", b"Content-Length: -5\r\n\r\n", 'Content-Length "-5" is negative; it must be the content\'s size in bytes'),
    ("empty", b"Content-Length: \r\n\r\n", 'Content-Length "" is not a number of bytes'),
    ("a fraction", b"Content-Length: 2.5\r\n\r\n", 'Content-Length "2.5" is not a number of bytes'),
    ("missing", b"Content-Type: application/vscode-jsonrpc\r\n\r\n",
     "a message's headers end without a Content-Length header"),
    ("two that disagree", b"Content-Length: 2\r\nContent-Length: 20\r\n\r\n",
     'a message has two Content-Length headers that disagree: "2" and "20"'),
    ("no colon", b"Content-Length 2\r\n\r\n", 'a header line has no colon (a header is "Name: value"): "Content-Length 2"'),
]:
    replies, err, rc = frame(header, b"{}")
    check(f"Content-Length {what}: reply, log, exit code", (replies, err, rc),
          ([error_null(-32700, reason)], "yplan lsp: cannot read a message: " + reason + LOST, 1))

# Longer than the limit: the message is skipped, not held, and the session goes on.
big = b"Content-Length: 1073741825\r\n\r\n"
replies, err, rc = frame(big, b"{}")
too_long = ("a message of 1073741825 bytes (its Content-Length) is longer than the limit of 1073741824 bytes; "
            "the message is skipped")
check("Content-Length past the limit: reply, log, exit code", (replies, err, rc), (
    [error_null(-32700, too_long)],
    "yplan lsp: cannot read a message: " + too_long + "\n"
    "yplan lsp: the input ended inside a skipped message: 1073741823 bytes of its content are missing; stopping\n", 1))
replies, err, rc = frame(b"Content-Length: 123456789012345678901234567890\r\n\r\n")
check("Content-Length past 2^64", replies[0]["error"]["message"],
      "a message of 123456789012345678901234567890 bytes (its Content-Length) is longer than the limit of "
      "1073741824 bytes; the message is skipped")

# Another charset than utf-8: "respond with an error" (LSP 3.17, Content Part); the next message is read.
c = Client(YPLAN)
body = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'.encode("utf-16-le")
c.send_raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-16\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
check("charset utf-16: refused", c._read(5), error_null(
    -32700, "a message's Content-Type names the charset \"utf-16\"; only utf-8 is read; the message is skipped"))
r = c.request("initialize", {"processId": None, "capabilities": {}})
check("charset utf-16: the next message is read", "capabilities" in r.get("result", {}), True)
c.notify("exit")
check("charset utf-16: exit", c.close()[0], 1)

# The input ending inside a message: no reply, the reason in the log.
for what, data, reason in [
    ("headers", b"Content-Length: 2\r\n", "the input ended inside a message's headers"),
    ("content", b"Content-Length: 10\r\n\r\n{}", "the input ended inside a message: 8 of the 10 bytes of its content are missing"),
]:
    replies, err, rc = frame(data)
    check(f"input ends inside a message's {what}", (replies, err, rc), ([], f"yplan lsp: {reason}; stopping\n", 1))

# --- JSON-RPC 2.0: batches and invalid messages -------------------------------
c = started()
c.send([])
check("empty batch: one Invalid Request, id null, not an array", c._read(5), error_null(
    -32600, "an empty batch: a batch holds at least one request or notification"))
c.send([{"jsonrpc": "2.0", "method": "initialized", "params": {}}, {"jsonrpc": "2.0", "method": "$/setTrace", "params": {}}])
r = c.request("shutdown")
check("batch of notifications: no reply (the next message is the shutdown's response)",
      (r, c.notes), ({"jsonrpc": "2.0", "id": 2, "result": None}, []))
c2 = started()
c2.send([{"jsonrpc": "2.0", "id": "a", "method": "textDocument/hover",
          "params": {"textDocument": {"uri": "file:///nope"}, "position": {"line": 0, "character": 0}}},
         {"jsonrpc": "2.0", "method": "initialized", "params": {}},
         1,
         {"jsonrpc": "2.0", "id": 7, "method": "yplan/nothing"},
         {"jsonrpc": "2.0", "id": 8, "result": None},
         {"foo": "boo"},
         {"jsonrpc": "2.0", "id": 9, "method": "shutdown"}])
check("mixed batch: one array, a response per request, in order", c2._read(5), [
    {"jsonrpc": "2.0", "id": "a", "error": {"code": -32602, "message": "document not open: file:///nope"}},
    error_null(-32600, "a message must be a JSON object: a request, a notification or a response"),
    {"jsonrpc": "2.0", "id": 7, "error": {"code": -32601, "message": "method not found: yplan/nothing"}},
    error_null(-32600, "a request needs a method"),
    {"jsonrpc": "2.0", "id": 9, "result": None}])
c2.send([1, 2, 3])
check("batch of non-objects: three Invalid Requests", c2._read(5), [error_null(
    -32600, "a message must be a JSON object: a request, a notification or a response")] * 3)
bad = b'[{"jsonrpc": "2.0", "method"'
c2.send_raw(b"Content-Length: %d\r\n\r\n" % len(bad) + bad)
r = c2._read(5)
check("batch that is not JSON: one Parse error, id null", (r["id"], r["error"]["code"]), (None, -32700))
c2.send(5)
check("a number: Invalid Request", c2._read(5), error_null(
    -32600, "a message must be a JSON object: a request, a notification or a response"))
c2.send({"jsonrpc": "2.0", "method": 1, "params": "bar"})
check("method not a string: Invalid Request, id null", c2._read(5), error_null(-32600, "a method must be a string"))
c2.send({"jsonrpc": "2.0", "id": 4, "method": "initialized", "params": "bar"})
check("params not structured: Invalid Request with the id", c2._read(5), {
    "jsonrpc": "2.0", "id": 4, "error": {"code": -32600, "message": "params must be an object or an array"}})
c2.send([{"jsonrpc": "2.0", "method": "exit"}, {"jsonrpc": "2.0", "id": 10, "method": "shutdown"}])
rc, err = c2.close()
check("exit inside a batch ends the session there (after shutdown: 0)", rc, 0)
c.notify("exit")
check("the first session ends after shutdown", c.close()[0], 0)

# --- didChange: a range that does not fit is refused, the document kept -----
c = started()
c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
c.wait_note("textDocument/publishDiagnostics")
STATED = "- stated (budget / previous): 26,656 / 20,576 千円"


def stated_total():
    h = c.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 11, "character": 20}})
    return [l for l in h["result"]["contents"]["value"].split("\n") if l.startswith("- stated")]


def refused(version, change, reopen=True):
    """Opens the document afresh (a refused edit leaves it out of step), sends `change`: what the user is told."""
    if reopen:
        c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
        c.wait_note("textDocument/publishDiagnostics")
        c.notes.clear()
    c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": version}, "contentChanges": change})
    note = c.wait_note("window/showMessage")
    return note["params"], stated_total()


def told(why):
    return ({"type": 1, "message": "/tmp/lsp-test/broken.yaml: an edit is refused and the file left as it was "
                                   f"(version 1): {why}; close and reopen the file so that yplan reads it whole again"},
            [STATED])


# Backwards: the old server swapped its ends and rewrote the total to 26,556.
check("backwards range", refused(2, [{"range": rng(11, 22, 11, 20), "text": "56"}]), told(
    "the range of change 1 ends at 11:20 before it starts at 11:22 (zero-based line:character)"))
check("past the last line", refused(2, [{"range": rng(11, 20, 45, 0), "text": ""}]), told(
    "the range of change 1 reaches 45:0, past the end of the document at 41:0 (zero-based line:character)"))
check("past a line's end", refused(2, [{"range": rng(11, 20, 11, 60), "text": ""}]), told(
    "the range of change 1 reaches 11:60, past the end of its line at 11:41 (zero-based line:character)"))
check("inside a surrogate pair", refused(2, [{"range": rng(39, 16, 39, 16), "text": "x"}]), told(
    "the range of change 1 reaches 39:16, inside a character (zero-based line:character)"))
check("a negative line", refused(2, [{"range": rng(-1, 0, 0, 0), "text": ""}]), told(
    "a position's line must be a whole number from 0 to 2147483647, not -1"))
# The second of two changes does not fit: neither is applied.
check("the second change of two", refused(2, [{"range": rng(11, 20, 11, 22), "text": "56"},
                                              {"range": rng(11, 22, 11, 20), "text": ""}]), told(
    "the range of change 2 ends at 11:20 before it starts at 11:22 (zero-based line:character)"))
check("a change without text", refused(2, [{"range": rng(11, 20, 11, 22)}]), told(
    "invalid parameters: contentChanges[0].text is missing"))
check("no diagnostics for a refused edit", [m for m in c.notes if m.get("method") == "textDocument/publishDiagnostics"], [])
# Out of step now: a fitting incremental change is refused too, until the whole text comes.
check("an incremental change after a refused one", refused(2, [{"range": rng(11, 20, 11, 22), "text": "56"}], reopen=False), told(
    "change 1 edits a range of a text that an earlier change left out of step; send the whole text"))
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3}, "contentChanges": [
    {"text": TEXT}, {"range": rng(11, 20, 11, 22), "text": "56"}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("the whole text, then a change that fits", (note["params"]["version"], [d["code"] for d in note["params"]["diagnostics"]],
                                                   stated_total()),
      (3, ["unlisted-project", "schema", "unknown-project"], ["- stated (budget / previous): 26,566 / 20,576 千円"]))
c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 4}, "contentChanges": [
    {"range": rng(41, 0, 41, 0), "text": "# end\n"}]})
note = c.wait_note("textDocument/publishDiagnostics")
check("a change at the very end fits", note["params"]["version"], 4)
r = c.request("textDocument/codeAction", {"textDocument": {"uri": URI}, "range": rng(11, 22, 11, 20), "context": {"diagnostics": []}})
check("codeAction with a backwards range", r.get("error"), {
    "code": -32602, "message": "the range ends at 11:20 before it starts at 11:22 (zero-based line:character)"})
r = c.request("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 0, "character": -3}})
check("hover at a negative character", r.get("error"), {
    "code": -32602, "message": "a position's character must be a whole number from 0 to 2147483647, not -3"})
c.request("shutdown")
c.notify("exit")
rc, err = c.close()
check("refused edits are logged", err.count("an edit is refused"), 8)

# --- Where a finding's code links to ------------------------------------------
def first_href(*args, locale="en"):
    c = Client(*args)
    c.request("initialize", {"processId": None, "locale": locale, "capabilities": {}})
    c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "yaml", "version": 1, "text": TEXT}})
    d = c.wait_note("textDocument/publishDiagnostics")["params"]["diagnostics"][0]
    c.notify("exit")
    c.close()
    return d.get("codeDescription", {}).get("href")


with tempfile.TemporaryDirectory() as tmp:
    # An install under a prefix with a space and kanji: <prefix>/bin/yplan, <prefix>/share/man/man5.
    prefix = os.path.join(tmp, "my prefix 県")
    os.makedirs(os.path.join(prefix, "bin"))
    exe = os.path.join(prefix, "bin", "yplan")
    shutil.copy(YPLAN, exe)
    for rel in ("share/man/man5", "share/man/ja/man5"):
        os.makedirs(os.path.join(prefix, rel))
        shutil.copy(os.path.join(ROOT, "man", "yplan-plan.5"), os.path.join(prefix, rel, "yplan-plan.5"))
    page = "file://" + urllib.parse.quote(os.path.join(prefix, "share/man/man5/yplan-plan.5"))
    check("default link: the page installed beside the binary", first_href(exe), page + "#budget-total")
    check("default link in Japanese: the Japanese page", first_href(exe, locale="ja"),
          "file://" + urllib.parse.quote(os.path.join(prefix, "share/man/ja/man5/yplan-plan.5")) + "#budget-total")
    check("--docs-url: as given", first_href(exe, "--docs-url", "https://example.org/yplan-plan.5.html"),
          "https://example.org/yplan-plan.5.html#budget-total")
    check("--docs-url '': no link", first_href(exe, "--docs-url", ""), None)

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all passed")

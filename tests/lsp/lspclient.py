"""A small LSP client for the tests: JSON-RPC over the pipes of `yplan lsp`.

Standard library only (run with /usr/bin/python3 or any python3).
"""
import json
import os
import select
import subprocess
import time

# The checks a test script makes, and which failed (check() appends).
failures = []


def check(what, got, want):
    if got != want:
        failures.append(what)
        print(f"FAIL {what}\n  got:  {got!r}\n  want: {want!r}")
    else:
        print(f"ok   {what}")


def rng(l1, c1, l2, c2):
    """An LSP Range from zero-based line and character numbers."""
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


def offset(text, pos, enc):
    lines = text.split("\n")
    before = sum(len(l.encode("utf-8")) + 1 for l in lines[:pos["line"]])
    line = lines[pos["line"]].encode("utf-8") if pos["line"] < len(lines) else b""
    if enc == "utf-8":
        return before + pos["character"]
    units, i = 0, 0
    s = line.decode("utf-8")
    for ch in s:
        if units >= pos["character"]:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        i += len(ch.encode("utf-8"))
    return before + i


def apply(text, edits, enc="utf-16"):
    """Applies LSP TextEdits (non-overlapping) to a text."""
    b = text.encode("utf-8")
    spans = sorted(((offset(text, e["range"]["start"], enc), offset(text, e["range"]["end"], enc), e["newText"])
                    for e in edits), reverse=True)
    for s, e, new in spans:
        b = b[:s] + new.encode("utf-8") + b[e:]
    return b.decode("utf-8")


class Client:
    def __init__(self, yplan, *args):
        self.proc = subprocess.Popen([yplan, "lsp", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.next_id = 0
        self.notes = []  # notifications received, oldest first
        self.buf = b""

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def _read(self, timeout):
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while True:
            head, sep, rest = self.buf.partition(b"\r\n\r\n")
            if sep:
                length = None
                for line in head.split(b"\r\n"):
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length":
                        length = int(v)
                assert length is not None, head
                if len(rest) >= length:
                    self.buf = rest[length:]
                    return json.loads(rest[:length].decode("utf-8"))
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no message from yplan lsp")
            r, _, _ = select.select([fd], [], [], left)
            if r:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise EOFError("yplan lsp closed its output")
                self.buf += chunk

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def request(self, method, params=None, timeout=10):
        """Sends a request; returns its whole response (result or error)."""
        self.next_id += 1
        rid = self.next_id
        msg = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        while True:
            m = self._read(timeout)
            if m.get("id") == rid and "method" not in m:
                return m
            self.notes.append(m)

    def wait_note(self, method, timeout=10):
        for i, m in enumerate(self.notes):
            if m.get("method") == method:
                return self.notes.pop(i)
        while True:
            m = self._read(timeout)
            if m.get("method") == method:
                return m
            self.notes.append(m)

    def close(self, timeout=10):
        self.proc.stdin.close()
        rc = self.proc.wait(timeout)
        err = self.proc.stderr.read().decode("utf-8", "replace")
        return rc, err

#!/usr/bin/env python3
"""Times `yplan lsp` from didChange to publishDiagnostics.

usage: lsp.py YPLAN PLAN RUNS [HOVER_DELAY_MS]  →  prints "median_ms min_ms max_ms findings cpu_ms hover_ms"

cpu_ms is the server's own CPU time per change (user + system, from
/proc/PID/stat, in clock ticks of 10 ms: coarse, but independent of the
other processes competing for the machine, which wall time is not).

Opens PLAN, then RUNS times sends the whole text again with one comment line
changed (as an editor does on a keystroke, with full sync) and waits for the
diagnostics of that version. HOVER_DELAY_MS after each change (default 0:
right after it) it also asks for a hover and times its answer (hover_ms,
the median): checks run off the request thread, so it comes from the last
analysed version while the new one is checked. With a delay, every hover
must be answered before that version's diagnostics (else the check ended
first, and the figure would not be of a hover during a check). Standard library only.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lsp"))
from lspclient import Client  # noqa: E402

yplan, plan, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
delay = int(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0
text = open(plan, encoding="utf-8").read()
uri = "file://" + os.path.abspath(plan)
c = Client(yplan)
c.request("initialize", {"processId": None, "capabilities": {}})
c.notify("initialized", {})
c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 0, "text": text}})
first = c.wait_note("textDocument/publishDiagnostics", timeout=60)
def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


times, hovers = [], []
hover = {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}
cpu0 = cpu_ms(c.proc.pid)
for i in range(1, runs + 1):
    changed = text + f"# edit {i}\n"
    t0 = time.perf_counter()
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": i}, "contentChanges": [{"text": changed}]})
    time.sleep(delay)
    h0 = time.perf_counter()
    c.request("textDocument/hover", hover, timeout=60)
    hovers.append((time.perf_counter() - h0) * 1000)
    if delay and any(m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == i
                     for m in c.notes):
        sys.exit(f"the check of version {i} ended before the hover {delay * 1000:.0f} ms after the change")
    while True:
        n = c.wait_note("textDocument/publishDiagnostics", timeout=60)
        if n["params"].get("version") == i:
            break
    times.append((time.perf_counter() - t0) * 1000)
    if len(n["params"]["diagnostics"]) != len(first["params"]["diagnostics"]):
        sys.exit("the findings changed with a comment")
cpu = (cpu_ms(c.proc.pid) - cpu0) / runs
c.request("shutdown")
c.notify("exit")
c.close()
print(f"{statistics.median(times):.1f} {min(times):.1f} {max(times):.1f} {len(first['params']['diagnostics'])} {cpu:.0f} "
      f"{statistics.median(hovers):.1f}")

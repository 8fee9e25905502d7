"""Reads back the workbooks of `yplan report --format xlsx` with openpyxl.

usage: /usr/bin/python3 check_xlsx.py MIRAI.xlsx TEXT-CELLS.xlsx
MIRAI.xlsx is plans/mirai-2020.yaml's report, TEXT-CELLS.xlsx is
tests/data/text-cells.yaml's. Needs python3-openpyxl (Debian).
"""
import sys

import openpyxl

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def rows(ws):
    return list(ws.iter_rows())


def find_row(ws, col, text):
    for row in ws.iter_rows():
        if len(row) > col and row[col].value == text:
            return row
    return None


SHEETS = ["Budget by section", "Budget by project", "Budget by category", "KPIs and targets", "Progress", "Findings"]

wb = openpyxl.load_workbook(sys.argv[1])
check(wb.sheetnames == SHEETS, f"sheets {wb.sheetnames}, expected {SHEETS}")
sec = wb["Budget by section"]
check(sec["A1"].value == "令和２年度 みらい企画創造部 主要事業 (mirai-2020)", f"title cell {sec['A1'].value!r}")
check("R2–R6" in (sec["A2"].value or ""), f"period not in the sheet header: {sec['A2'].value!r}")
check(sec.freeze_panes == "A5", f"frozen at {sec.freeze_panes}, expected A5 (below the header row)")
check([c.value for c in rows(sec)[3]] == ["Label", "ID", "Title", "This year (千円)", "Last year (千円)", "Change (千円)", "Change %"],
      f"header row {[c.value for c in rows(sec)[3]]}")
check("R2" in (sec.oddHeader.right.text or "") and "みらい" in (sec.oddHeader.left.text or ""),
      "page header: title left, period right")
total = find_row(sec, 2, "Total (each project once)")
check(total is not None, "no department total row")
if total:
    for cell, want in ((total[3], 3273545), (total[4], 3280189)):
        check(cell.data_type == "n" and cell.value == want and not isinstance(cell.value, bool),
              f"department total {cell.coordinate} = {cell.value!r} ({cell.data_type}), expected the number {want}")
        check(cell.number_format == "#,##0", f"{cell.coordinate} format {cell.number_format!r}, expected #,##0")
    check(total[6].number_format == "0.0%" and abs(total[6].value - (3273545 - 3280189) / 3280189) < 1e-12,
          f"change % {total[6].value!r} {total[6].number_format!r}")
first = rows(sec)[4]
check(first[1].value == "1.1.1" and first[1].data_type == "s", f"section id {first[1].value!r} not text")
check(sec.column_dimensions["C"].width >= 40, f"title column width {sec.column_dimensions['C'].width}: not fitted")
proj = wb["Budget by project"]
check(find_row(proj, 1, "Total (each project once)")[3].value == 3273545, "project sheet total")
kpi = wb["KPIs and targets"]
k = find_row(kpi, 1, "portal-access")
check(k is not None and k[9].value == 116000 and k[9].data_type == "n", "portal-access R2 target 116000 as a number")
check(k is not None and k[6].value == "1.1.1" and k[6].data_type == "s", "KPI section id as text")
flow = find_row(kpi, 1, "yamagata-miyagi-flow")
check(flow is not None and flow[9].value == "open" and flow[9].data_type == "s", "an open target reads 'open'")
find = wb["Findings"]
f = find_row(find, 4, "relisting-mismatch")
check(f is not None and f[1].value == 842 and f[2].value == 29, "the relisting-mismatch finding with line 842, column 29")

wb = openpyxl.load_workbook(sys.argv[2])
proj = wb["Budget by project"]
check(proj["A1"].value == "=1+1 計画 (text-cells)" and proj["A1"].data_type == "s", f"title {proj['A1'].value!r} not text")
names = {r[0].value: r[1] for r in rows(proj)[4:]}
for pid, want in (("formula", '=HYPERLINK("http://example.invalid","x")'), ("minus", "-10%削減事業"),
                  ("plus", "+81 電話相談"), ("at", "@SUM(A1)"), ("tab", "\tタブ始まり")):
    c = names.get(pid)
    check(c is not None and c.value == want and c.data_type == "s", f"{pid}: {c.value if c else None!r} not the text {want!r}")
sec = wb["Budget by section"]
r = rows(sec)[4]
check([(c.value, c.data_type) for c in r[:3]] == [("(1)", "s"), ("2.10", "s"), ("2.10", "s")],
      f"label, id, title {[(c.value, c.data_type) for c in r[:3]]}: must stay text")
check(r[5].value == -1999 and r[5].data_type == "n", f"negative change {r[5].value!r} must be a number")
kpi = wb["KPIs and targets"]
k = find_row(kpi, 1, "k")
check(k is not None and k[2].value == "-5 から始まる指標" and k[2].data_type == "s", "KPI name beginning with -5 stays text")
check(k is not None and [k[8].value, k[9].value, k[10].value] == [-3, -2, 1.5], f"baseline and targets {[c.value for c in k[8:11]] if k else None}")

if failures:
    for m in failures:
        print("FAIL:", m)
    sys.exit(1)
print("ok: sheets, totals as #,##0 numbers, 0.0% rates, frozen headers, fitted widths, text stays text")

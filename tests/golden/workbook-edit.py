#!/usr/bin/env python3
"""Edits an exported workbook as a user would, with openpyxl.

usage: workbook-edit.py BOOK SHEET KEY COLUMN VALUE [SHEET KEY COLUMN VALUE]...
       workbook-edit.py BOOK --delete-row SHEET KEY
       workbook-edit.py BOOK --add-row SHEET VALUE...

KEY is the row's first cell (its id); COLUMN a letter. VALUE: `n:123` a
number, `t:text` text (\\n for a line break), `-` an empty cell.
The workbook is saved in place, as Excel's Save would: openpyxl rewrites
every part of it.
"""
import sys

import openpyxl


def value(v):
    if v == "-":
        return None
    kind, _, rest = v.partition(":")
    if kind == "n":
        return float(rest) if "." in rest else int(rest)
    return rest.replace("\\n", "\n")


def find_row(ws, key):
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            return row[0].row
    sys.exit("no row %s in %s" % (key, ws.title))


def main():
    book, args = sys.argv[1], sys.argv[2:]
    wb = openpyxl.load_workbook(book)
    if args[0] == "--delete-row":
        ws = wb[args[1]]
        ws.delete_rows(find_row(ws, args[2]))
    elif args[0] == "--add-row":
        ws = wb[args[1]]
        ws.append([value(v) for v in args[2:]])
    else:
        while args:
            sheet, key, col, v = args[:4]
            args = args[4:]
            ws = wb[sheet]
            ws["%s%d" % (col, find_row(ws, key))] = value(v)
    wb.save(book)


main()

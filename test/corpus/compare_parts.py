"""Compares two .xlsx packages part by part and prints JSON: the parts that were
removed, added, and changed (by name), and for changed worksheets whether every
feature Rådsplan does not model is still there, as openpyxl reads it.

Usage: compare_parts.py <before.xlsx> <after.xlsx>
"""
import json
import posixpath
import re
import sys
import zipfile

import openpyxl

before, after = sys.argv[1], sys.argv[2]
a, b = zipfile.ZipFile(before), zipfile.ZipFile(after)
na, nb = set(a.namelist()), set(b.namelist())
changed = sorted(n for n in na & nb if a.read(n) != b.read(n))


def rich_text(package):
    """Per sheet name, each cell whose text has runs of its own formatting, with the runs' XML
    (openpyxl before 3.1 reads rich text as plain text, so the package is read here)."""
    strings = re.findall(r"<si>(.*?)</si>", package.read("xl/sharedStrings.xml").decode(), re.S) if "xl/sharedStrings.xml" in package.namelist() else []
    workbook = package.read("xl/workbook.xml").decode()
    rels = package.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        rid, target = re.search(r'\bId="([^"]+)"', rel), re.search(r'\bTarget="([^"]+)"', rel)
        if rid and target:
            t = target.group(1)
            targets[rid.group(1)] = t[1:] if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
    out = {}
    for tag in re.findall(r"<sheet\b[^>]*>", workbook):
        name, rid = re.search(r'\bname="([^"]*)"', tag).group(1), re.search(r'\br:id="([^"]+)"', tag).group(1)
        part = targets.get(rid)
        if not part or part not in package.namelist():
            continue
        cells = {}
        for ref, attrs, inner in re.findall(r'<c r="([A-Z]+\d+)"([^>]*?)(?<!/)>(.*?)</c>', package.read(part).decode(), re.S):
            if 't="s"' in attrs:
                v = re.search(r"<v>(\d+)</v>", inner)
                text = strings[int(v.group(1))] if v and int(v.group(1)) < len(strings) else ""
            else:
                text = inner if 't="inlineStr"' in attrs else ""
            if "<r>" in text:
                cells[ref] = re.sub(r"</?is>", "", text)
        out[name.replace("&amp;", "&")] = cells
    return out


def features(path):
    """What openpyxl sees of each sheet: cells (value, style parts), and the sheet's features."""
    wb = openpyxl.load_workbook(path, rich_text=True) if "rich_text" in openpyxl.load_workbook.__code__.co_varnames else openpyxl.load_workbook(path)
    package = zipfile.ZipFile(path)
    # openpyxl reads pictures only with PIL: count them in the drawing parts
    pictures = sum(package.read(n).count(b"<xdr:pic>") + package.read(n).count(b"<xdr:pic ") for n in package.namelist() if n.startswith("xl/drawings/") and n.endswith(".xml"))
    rich = rich_text(package)
    out = {"pictures": pictures, "epoch": str(wb.epoch), "names": sorted(f"{n.name}={n.attr_text}" for n in wb.defined_names.definedName), "sheets": {}}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                cells[c.coordinate] = {
                    "value": repr(c.value),
                    "numFmt": c.number_format,
                    "font": repr(c.font),
                    "fill": repr(c.fill),
                    "border": repr(c.border),
                    "alignment": repr(c.alignment),
                    "comment": c.comment.text if c.comment else None,
                }
        out["sheets"][ws.title] = {
            "cells": cells,
            "hiddenRows": sorted(r for r, d in ws.row_dimensions.items() if d.hidden),
            "hiddenColumns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
            "outlineRows": sorted((r, d.outline_level) for r, d in ws.row_dimensions.items() if d.outline_level),
            "autoFilter": ws.auto_filter.ref,
            "merged": sorted(str(m) for m in ws.merged_cells.ranges),
            "conditionalFormats": sorted(str(r.sqref) for r in ws.conditional_formatting),
            "validations": sorted(str(v.sqref) for v in ws.data_validations.dataValidation),
            "protection": bool(ws.protection.sheet),
            "arrayFormulas": sorted(ws.formula_attributes.keys()) if hasattr(ws, "formula_attributes") else [],
            "tables": sorted(ws.tables.keys()),
            "richText": rich.get(ws.title, {}),
        }
    return out


print(json.dumps({"removed": sorted(na - nb), "added": sorted(nb - na), "changed": changed, "before": features(before), "after": features(after)}))

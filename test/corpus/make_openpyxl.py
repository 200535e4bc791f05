"""Builds the openpyxl part of the test corpus: a council's plan as another tool saves it.

Usage: make_openpyxl.py <plan.xlsx from `radsplan init --example`> <out folder>

Writes (every package part written by openpyxl, none by Rådsplan):
  features.xlsx  the plan with the user's own work on it: formulas the host does not
                 know (SUMPRODUCT, ROUNDUP, NA), an array formula, a header that
                 appears twice in the Indicators table, hidden rows and
                 columns, an outline, an autofilter, merged cells, borders, comments,
                 a conditional format, a data validation, defined names, sheet
                 protection, rich text (one cell in two fonts, on Aktiviteter);
                 the Möten sheet and the Activities table's last column
                 removed, so that `init` has something to add. openpyxl saves no
                 formula results: Excel (and LibreOffice) compute them on opening.
  dates1904.xlsx the same plan in the 1904 date system (Mac Excel's old default).
"""
import datetime
import sys
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils.datetime import CALENDAR_MAC_1904

source, out = sys.argv[1], sys.argv[2]


def plan():
    wb = openpyxl.load_workbook(source)
    del wb["Möten"]
    del wb["Sheet1"]
    acts = wb["Aktiviteter"]
    table = acts.tables["Activities"]
    # drop the last column (Kommentar) from the table: `init` appends it again
    last = acts.max_column
    table.ref = table.ref.replace(f"{openpyxl.utils.get_column_letter(last)}", openpyxl.utils.get_column_letter(last - 1))
    table.tableColumns = table.tableColumns[:-1]
    table.autoFilter = None
    for row in acts.iter_rows(min_col=last, max_col=last):
        for cell in row:
            cell.value = None
    return wb


def features(wb):
    acts = wb["Aktiviteter"]
    budget = wb["Budget"]
    notes = wb.create_sheet("Anteckningar")
    notes["A1"], notes["B1"], notes["C1"] = "Post", "Belopp", "Andel"
    for i, (post, amount) in enumerate([("Trygghetsvandringar", 100000), ("Föräldrastöd", 100000), ("Fältarbete", 100000)], start=2):
        notes[f"A{i}"], notes[f"B{i}"], notes[f"C{i}"] = post, amount, 1
    notes["A6"] = "Saknas"
    notes["B6"] = "=NA()"
    for i, (a, b) in enumerate([(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)], start=10):
        notes[f"A{i}"], notes[f"B{i}"] = a, b
    notes["D10"] = "=SUM(A10:A14*B10:B14)"
    notes.formula_attributes["D10"] = {"t": "array", "ref": "D10"}
    notes.auto_filter.ref = "A1:C4"
    notes.merge_cells("E1:G1")
    notes["E1"] = "Sammanfattning"
    notes["E3"] = "Kantlinje"
    notes["E3"].border = Border(left=Side(style="thin"), right=Side(style="thin"), top=Side(style="thin"), bottom=Side(style="double"))
    notes["A2"].comment = Comment("Beslutat i styrgruppen", "Samordnare")
    notes.column_dimensions["F"].hidden = True
    notes.row_dimensions[8].hidden = True
    notes.row_dimensions.group(10, 14, outline_level=1)
    notes.protection.sheet = True
    dv = DataValidation(type="whole", operator="between", formula1="0", formula2="10")
    notes.add_data_validation(dv)
    dv.add("C2:C4")

    # the plan itself: formulas whose results the host cannot compute
    budget["B4"] = "=SUMPRODUCT(Anteckningar!B2:B4,Anteckningar!C2:C4)"  # 300 000
    acts["J3"] = "=ROUNDUP(41999.2,0)"  # 42 000
    acts["R1"] = "Egen anteckning"
    acts["R2"] = "Se styrgruppens protokoll"
    acts["R2"].comment = Comment("Kolla datum", "Samordnare")
    acts["R3"] = "Inramad"
    acts["R3"].border = Border(bottom=Side(style="thick", color="FFC00000"))
    acts["R3"].font = Font(italic=True, color="FF1F4E79")
    acts.merge_cells("R5:T5")
    acts["R5"] = "Sammanslagen rubrik"
    acts.column_dimensions["S"].hidden = True
    acts.row_dimensions[6].hidden = True
    acts.row_dimensions.group(8, 10, outline_level=1)
    acts.conditional_formatting.add("J2:J18", CellIsRule(operator="greaterThan", formula=["40000"], fill=PatternFill("solid", start_color="FFFFC7CE", end_color="FFFFC7CE")))
    # a second "Målvärde" header in the Indicators table (the table part names it uniquely, as it must)
    ind = wb["Indikatorer"]
    itable = ind.tables["Indicators"]
    last = ind.max_column
    extra = openpyxl.utils.get_column_letter(last + 1)
    ind[f"{extra}1"] = "Målvärde"
    itable.ref = f"A1:{extra}{ind.max_row}"
    from openpyxl.worksheet.table import TableColumn
    itable.tableColumns.append(TableColumn(id=len(itable.tableColumns) + 1, name="Målvärde (2)"))
    itable.autoFilter = None
    wb.defined_names.append(DefinedName("Budgetsumma", attr_text="Budget!$B$2:$B$5"))
    wb.defined_names.append(DefinedName("Vaxelkurs", attr_text="11.2"))
    return wb


def rich_text(path, plain, runs):
    """Gives the text `plain` runs of their own formatting (openpyxl before 3.1 writes no
    rich text): in the shared strings or in the cell, wherever openpyxl put it."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    done = 0
    for name, data in parts.items():
        text = data.decode("utf-8", "replace") if name.endswith(".xml") else ""
        for old, new in ((f"<si><t>{plain}</t></si>", f"<si>{runs}</si>"), (f"<is><t>{plain}</t></is>", f"<is>{runs}</is>")):
            if old in text:
                text = text.replace(old, new)
                parts[name] = text.encode()
                done += 1
    assert done == 1, f"{plain!r} found {done} times"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


features(plan()).save(f"{out}/features.xlsx")
# rich text on the sheet `init` changes (Aktiviteter R2)
rich_text(f"{out}/features.xlsx", "Se styrgruppens protokoll", '<r><rPr><b/><color rgb="FFC00000"/></rPr><t xml:space="preserve">Se </t></r><r><t>styrgruppens protokoll</t></r>')

wb = plan()
wb.epoch = CALENDAR_MAC_1904
wb.save(f"{out}/dates1904.xlsx")

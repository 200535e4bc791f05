"""Builds a plan whose Activities table lacks its last column (Kommentar), with the
user's own cells beside the table, as openpyxl saves them. `init` completes the table
by one column to the right.

Usage: make_beside.py --beside|--apart <plan.xlsx from `radsplan init --example`> <out.xlsx>

  --beside: the user's cells start in the column right beside the table (the one the
            new column needs): text with a fill, a comment, a formula, a merged area, a
            hyperlink, a list validation, a formula reading them (and one on Budget);
  --apart:  the same cells one column further right, with an empty column between
            them and the table.
"""
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

mode, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(source)
acts = wb["Aktiviteter"]
table = acts.tables["Activities"]
last = acts.max_column
table.ref = table.ref.replace(get_column_letter(last), get_column_letter(last - 1))
table.tableColumns = table.tableColumns[:-1]
table.autoFilter = None
for row in acts.iter_rows(min_col=last, max_col=last):
    for cell in row:
        cell.value = None
        cell.style = "Normal"
acts.data_validations.dataValidation = [v for v in acts.data_validations.dataValidation if get_column_letter(last) not in str(v.sqref)]

col = last if mode == "--beside" else last + 1
c, n = get_column_letter(col), get_column_letter(col + 1)
acts[f"{c}1"] = "Egen kolumn"
acts[f"{c}2"] = "Röd anteckning"
acts[f"{c}2"].fill = PatternFill("solid", start_color="FFFF0000")
acts[f"{c}2"].font = Font(bold=True)
acts[f"{c}3"] = "Med kommentar"
acts[f"{c}3"].comment = Comment("Viktigt", "Samordnare")
acts[f"{c}4"] = "=I4*2"
acts[f"{c}5"] = "Sammanslagen"
acts.merge_cells(f"{c}5:{n}5")
acts[f"{c}6"] = "Länk"
acts[f"{c}6"].hyperlink = "https://bra.se/"
acts[f"{c}7"] = "Ja"
dv = DataValidation(type="list", formula1='"Ja,Nej"')
acts.add_data_validation(dv)
dv.add(f"{c}7:{c}10")
acts[f"{n}2"] = f"={c}2"
wb["Budget"]["F2"] = f"=Aktiviteter!{c}2"
wb.save(out)

"""Builds the charts part of the test corpus: a council's plan with charts of the
user's own, as openpyxl saves them (every package part written by openpyxl).

Usage: make_charts.py <plan.xlsx from `radsplan init --example`> <out.xlsx>
       make_charts.py --on-generated <plan.xlsx with `radsplan report`'s sheets> <out.xlsx>
       make_charts.py --resave <plan.xlsx with `radsplan report`'s sheets> <out.xlsx>

  - a bar chart on a sheet of the user's own (Anteckningar), which no command changes;
  - a line chart on Aktiviteter, the sheet whose Activities table `init` completes
    (its last column, Kommentar, is removed here);
  - a chart sheet (Diagram), a sheet that is nothing but a chart, as the third tab, so
    that the tab numbers of the sheets after it (the active tab, Budget) count it.

With --on-generated: a bar chart of the user's own (of the Budget sheet) on the
Uppföljning sheet, which `report` makes anew. With --resave: the plan as openpyxl
saves it, which renames every chart ("Chart 1", ...), Rådsplan's own included.
"""
import sys

import openpyxl
from openpyxl.chart import BarChart, LineChart, PieChart, Reference

mode = sys.argv[1] if sys.argv[1].startswith("--") else None
source, out = sys.argv[-2], sys.argv[-1]
wb = openpyxl.load_workbook(source)
if mode:
    if mode == "--on-generated":
        own = BarChart()
        own.title = "Min egen budgetgraf"
        own.add_data(Reference(wb["Budget"], min_col=2, min_row=1, max_row=5), titles_from_data=True)
        wb["Uppföljning"].add_chart(own, "N3")
    wb.save(out)
    sys.exit(0)
del wb["Sheet1"]
budget = wb["Budget"]

acts = wb["Aktiviteter"]
table = acts.tables["Activities"]
last = acts.max_column
table.ref = table.ref.replace(openpyxl.utils.get_column_letter(last), openpyxl.utils.get_column_letter(last - 1))
table.tableColumns = table.tableColumns[:-1]
table.autoFilter = None
for row in acts.iter_rows(min_col=last, max_col=last):
    for cell in row:
        cell.value = None

notes = wb.create_sheet("Anteckningar")
notes["A1"] = "Egen graf över budgeten"
bar = BarChart()
bar.title = "Öronmärkt budget"
bar.add_data(Reference(budget, min_col=2, min_row=1, max_row=5), titles_from_data=True)
bar.set_categories(Reference(budget, min_col=1, min_row=2, max_row=5))
notes.add_chart(bar, "B3")

line = LineChart()
line.title = "Budget per aktivitet"
line.add_data(Reference(acts, min_col=9, min_row=1, max_row=10), titles_from_data=True)
acts.add_chart(line, "R3")

sheet = wb.create_chartsheet("Diagram")
pie = PieChart()
pie.title = "Budget per år"
pie.add_data(Reference(budget, min_col=2, min_row=1, max_row=5), titles_from_data=True)
pie.set_categories(Reference(budget, min_col=1, min_row=2, max_row=5))
sheet.add_chart(pie)
wb.move_sheet("Diagram", offset=2 - wb.sheetnames.index("Diagram"))
wb.active = wb.sheetnames.index("Budget")

wb.save(out)

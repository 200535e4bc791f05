// The parts of an .xlsx the host writes itself, added after ExcelJS has
// written the rest: per sheet its data validations (range-based), hyperlinks,
// a drawing with its charts (DrawingML chart parts) and its tables, with the
// relationships and content-type overrides they need.

import type { SheetModel } from "../model/sheetModel";
import type { WorkbookModel } from "../model/workbookModel";
import { chartXml } from "./chartXml";
import { drawingXml, type ChartAnchor } from "./drawingXml";
import { hyperlinksXml } from "./hyperlinkXml";
import { loadJSZip } from "./libs";
import { CONTENT_TYPE, PackageParts, REL, Relationships } from "./packageParts";
import { tableXml } from "./tableXml";
import { validationsXml } from "./validationXml";
import { insertWorksheetChild } from "./xml";

export async function addHostParts(bytes: Uint8Array, model: WorkbookModel): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const zip = await JSZip.loadAsync(bytes);
  const pkg = await PackageParts.open(zip);
  let tablePartId = 1;
  for (const sheet of model.sheets) {
    if (sheet.validations.length === 0 && sheet.hyperlinks.size === 0 && sheet.charts.length === 0 && sheet.tables().length === 0) continue;
    const part = pkg.sheets.find((p) => p.name === sheet.name);
    const xmlText = part && (await pkg.text(part.path));
    if (!part || xmlText === null || xmlText === undefined) throw new Error(`The written workbook has no part for sheet ${sheet.name}`);
    const rels = await pkg.rels(part.path);
    let xml = xmlText;
    const dv = validationsXml(sheet.validations);
    if (dv) xml = insertWorksheetChild(xml, "dataValidations", dv);
    const links = hyperlinksXml(sheet, rels);
    if (links) xml = insertWorksheetChild(xml, "hyperlinks", links);
    if (sheet.charts.length > 0) xml = insertWorksheetChild(xml, "drawing", `<drawing r:id="${addCharts(pkg, sheet, rels)}"/>`);
    const tables = sheet.tables();
    if (tables.length > 0) {
      const ids = tables.map((t) => {
        const path = pkg.freePath("xl/tables", "table");
        pkg.write(path, tableXml(t, tablePartId++));
        pkg.addOverride(path, CONTENT_TYPE.table);
        return rels.add(REL.table, `../tables/${path.split("/").pop()}`);
      });
      xml = insertWorksheetChild(xml, "tableParts", `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
    }
    pkg.write(part.path, xml);
    pkg.writeRels(part.path, rels);
  }
  pkg.saveContentTypes();
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Writes the sheet's drawing and chart parts; returns the sheet's relationship id of the drawing. */
function addCharts(pkg: PackageParts, sheet: SheetModel, sheetRels: Relationships): string {
  const drawingPath = pkg.freePath("xl/drawings", "drawing");
  const drawingRels = new Relationships([]);
  const anchors: ChartAnchor[] = sheet.charts.map((chart) => {
    const chartPath = pkg.freePath("xl/charts", "chart");
    pkg.write(chartPath, chartXml(chart));
    pkg.addOverride(chartPath, CONTENT_TYPE.chart);
    const relId = drawingRels.add(REL.chart, `../charts/${chartPath.split("/").pop()}`);
    return { from: chart.from, to: chart.to, name: chart.name, relId };
  });
  pkg.write(drawingPath, drawingXml(anchors));
  pkg.addOverride(drawingPath, CONTENT_TYPE.drawing);
  pkg.writeRels(drawingPath, drawingRels);
  return sheetRels.add(REL.drawing, `../drawings/${drawingPath.split("/").pop()}`);
}

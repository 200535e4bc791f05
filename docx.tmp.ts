import { writeFileSync } from "node:fs";
import { buildAnnualReport } from "./src/followup/annualReport";
import { buildReportDocx } from "./src/followup/docx";
import { loadChartAssets } from "./src/cli/chartAssets";
import { EXAMPLE_REFERENCE_DATE, examplePlanRows, exampleSettings } from "./src/workbook/example";
import { TABLES } from "./src/workbook/layout";
import { parsePlan } from "./src/workbook/parsePlan";
import { snapshotOf, tableOf } from "./test/workbook/helpers";
(async () => {
  const lang = (process.argv[2] ?? "sv") as "sv" | "en";
  const rows = examplePlanRows(lang, EXAMPLE_REFERENCE_DATE);
  const plan = parsePlan(snapshotOf(TABLES.map((t) => tableOf(t.name, rows[t.name], { lang })), { lang }));
  const r = buildAnnualReport(plan, 2025, exampleSettings(lang));
  const t0 = Date.now();
  const bytes = await buildReportDocx(r, lang, { chartAssets: loadChartAssets, asOf: EXAMPLE_REFERENCE_DATE });
  console.log("docx", bytes.length, Date.now() - t0, "ms");
  writeFileSync(`/tmp/vb-${lang}.docx`, bytes);
})();

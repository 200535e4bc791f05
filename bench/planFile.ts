// Writes a benchmark plan as an .xlsx file, for measuring the command line on
// it: `npx tsx bench/planFile.ts <out.xlsx> [scale]` (scale 1 is the base plan
// of 20 000 activities; 2.5 has 50 000).

import { writeFileSync } from "node:fs";
import { generatePlan } from "./generatePlan";
import { workbookWithPlan } from "./writePlan";

async function main(): Promise<void> {
  const [out, scale = "1"] = process.argv.slice(2);
  const wb = await workbookWithPlan(generatePlan(Number(scale)));
  writeFileSync(out, await wb.toXlsx());
}

void main();

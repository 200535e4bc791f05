// The Word export: a real .docx that unzips, holds every section as heading
// and table (header rows repeated), Swedish language tags and Swedish number
// typography.

import JSZip from "jszip";
import { buildAnnualReport } from "../../src/followup/annualReport";
import { buildReportDocx } from "../../src/followup/docx";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { planOf } from "./planFixture";

const plan = planOf({
  Groups: [{ groupId: "U", name: "Umebrå", type: "preparatory", plannedMeetings: 5 }],
  Members: [{ name: "Anna Ordf", groupId: "U", role: "chair" }],
  Goals: [{ goalId: "M1", goal: "Minska brottsligheten", level: "goal" }],
  Indicators: [{ indicatorId: "I1", indicator: "Anmälda brott", goalId: "M1", unit: "per100k", direction: "lower", baseYear: 2020, baseValue: 9305, targetYear: 2027, targetValue: 8000 }],
  Measurements: [
    { indicatorId: "I1", year: 2024, value: 9100 },
    { indicatorId: "I1", year: 2025, value: 8890.5 },
  ],
  Activities: [{ activityId: "A1", activity: "Trygghetsvandring", goalId: "M1", responsibleGroup: "U", status: "ongoing", budgetYear: 2025, budget: 1234567, spent: 1300000 }],
  Budget: [{ year: 2025, earmarked: 1200000 }],
  Documents: [{ documentId: "D2", title: "Medborgarlöfte Centrum", type: "citizenPromise", decisionDate: "2025-03-01" }],
});

async function documentXml(lang: "sv" | "en") {
  const report = buildAnnualReport(plan, 2025, { ...DEFAULT_SETTINGS, municipality: "Umeå kommun" });
  const bytes = await buildReportDocx(report, lang);
  expect(bytes).toBeInstanceOf(Uint8Array);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
  // The visible text, run by run, with XML entities decoded.
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&amp;/g, "&")).join("|");
  return { xml, styles, headers: headers.join(""), text };
}

describe("Word export", () => {
  it("holds every section of the report with its heading and a table", async () => {
    const { xml, text } = await documentXml("sv");
    for (const heading of ["Verksamhetsberättelse 2025", "Sammanfattning", "Organisation", "Måluppfyllelse", "Aktiviteter per mål", "Ekonomi", "Ekonomi per mål", "Styrdokument", "Medborgarlöften"]) {
      expect(text.split("|")).toContain(heading);
    }
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(8);
    // every table's first row repeats as a header row on each page
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="true"\/>|<w:tblHeader w:val="1"\/>/g) ?? []).length).toBe(8);
    expect(xml).toContain('w:val="Heading1"');
    expect(text).toContain("Trygghetsvandring");
    expect(text).toContain("Anna Ordf");
    expect(text).toContain("Medborgarlöfte Centrum");
  });

  it("is tagged Swedish and writes numbers the Swedish way: no-break space thousands, real minus, kr", async () => {
    const { styles, text, headers } = await documentXml("sv");
    expect(styles).toContain('w:lang w:val="sv-SE"');
    expect(text).toContain("1\u00a0234\u00a0567\u00a0kr"); // the activity's budget
    expect(text).toContain("8\u00a0890,5"); // the indicator's result
    // 1 200 000 earmarked − 1 300 000 spent
    expect(text).toContain("\u2212100\u00a0000\u00a0kr");
    expect(text).toContain("2025-03-01");
    expect(headers).toContain("Umeå kommun");
  });

  it("writes English with English headings, tags and numbers", async () => {
    const { styles, text } = await documentXml("en");
    expect(styles).toContain('w:lang w:val="en-GB"');
    expect(text).toContain("Goal attainment");
    expect(text).toContain("8,890.5");
    expect(text).toContain("1 Mar 2025");
  });
});

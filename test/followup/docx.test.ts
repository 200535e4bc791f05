// The Word export: a real .docx that unzips, holds every section as heading,
// paragraph and table (header rows repeated, fixed widths within the page,
// landscape sections for wide ones), a chart picture per indicator, a TOC over
// Word's heading styles, Swedish language tags and Swedish number typography.

import JSZip from "jszip";
import { buildAnnualReport } from "../../src/followup/annualReport";
import { buildReportDocx } from "../../src/followup/docx";
import { loadChartAssets } from "../../src/cli/chartAssets";
import { EXAMPLE_FOLLOW_UP_YEAR, EXAMPLE_REFERENCE_DATE, examplePlanRows, exampleSettings } from "../../src/workbook/example";
import { TABLES } from "../../src/workbook/layout";
import { parsePlan } from "../../src/workbook/parsePlan";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import { snapshotOf, tableOf } from "../support/snapshots";
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
  it("holds every section of the report with its heading, and the goal's activities as a table", async () => {
    const { xml, text } = await documentXml("sv");
    for (const heading of ["Verksamhetsberättelse 2025", "Innehåll", "Sammanfattning", "Organisation", "Måluppfyllelse", "M1 Minska brottsligheten", "Ekonomi", "Ekonomi per mål", "Styrdokument", "Medborgarlöften"]) {
      expect(text.split("|")).toContain(heading);
    }
    // key figures, organisation, goals, M1's activities, economy ×2, documents, citizen promises
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(8);
    // every table's first row repeats as a header row on each page
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="true"\/>|<w:tblHeader w:val="1"\/>/g) ?? []).length).toBe(8);
    expect(xml).toContain('w:val="Heading1"');
    expect(text).toContain("Trygghetsvandring");
    expect(text).toContain("Anna Ordf");
    expect(text).toContain("Medborgarlöfte Centrum");
    // no chart assets given: no pictures
    expect(xml).not.toContain("<pic:pic");
  }, 30_000);

  it("is tagged Swedish and writes numbers the Swedish way: no-break space thousands, real minus, kr", async () => {
    const { styles, text, headers } = await documentXml("sv");
    expect(styles).toContain('w:lang w:val="sv-SE"');
    expect(text).toContain("1\u00a0234\u00a0567\u00a0kr"); // the activity's budget
    expect(text).toContain("8\u00a0890,5\u00a0(2025)"); // the indicator's latest value and its year
    // 1 200 000 earmarked − 1 300 000 spent
    expect(text).toContain("\u2212100\u00a0000\u00a0kr");
    expect(text).toContain("2025-03-01");
    expect(headers).toContain("Umeå kommun");
  }, 30_000);

  it("writes English with English headings, tags and numbers", async () => {
    const { styles, text } = await documentXml("en");
    expect(styles).toContain('w:lang w:val="en-GB"');
    expect(text).toContain("Goal attainment");
    expect(text).toContain("8,890.5");
    expect(text).toContain("1 Mar 2025");
  }, 30_000);
});

describe("the Word report of the example, parsed back", () => {
  const TWIPS = { portrait: 11906 - 2 * 850, landscape: 16838 - 2 * 850 };
  let zip: JSZip;
  let xml: string;
  let text: string;
  beforeAll(async () => {
    const rows = examplePlanRows("sv", EXAMPLE_REFERENCE_DATE);
    const example = parsePlan(snapshotOf(TABLES.map((t) => tableOf(t.name, rows[t.name], { lang: "sv" })), { lang: "sv" }));
    const report = buildAnnualReport(example, EXAMPLE_FOLLOW_UP_YEAR, exampleSettings("sv"));
    zip = await JSZip.loadAsync(await buildReportDocx(report, "sv", { chartAssets: loadChartAssets, asOf: EXAMPLE_REFERENCE_DATE }));
    xml = await zip.file("word/document.xml")!.async("string");
    text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&amp;/g, "&")).join("|");
  }, 60_000);

  /** The text of every paragraph in a style, in order. */
  const styled = (style: string) =>
    [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>((?:(?!<\/w:p>).)*)<\/w:p>/g)]
      .filter((m) => m[1] === style)
      .map((m) => [...m[2].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

  it("opens with a title page, then the contents as a TOC field over Word's heading styles 1–3", () => {
    expect(styled("Title")).toEqual(["Verksamhetsberättelse 2025"]);
    expect(text).toContain("Umebrå – brottsförebyggande och trygghetsskapande råd");
    expect(text).toContain("Upprättad 15 mars 2026 med Rådsplan");
    expect(xml).toContain("TOC \\h \\o &quot;1-3&quot;");
    // the entries are written with their page numbers, and link to the headings
    expect(xml).toMatch(/<w:hyperlink w:history="1" w:anchor="_Toc\d+"><w:r><w:t xml:space="preserve">Sammanfattning<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/><w:instrText xml:space="preserve">PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">3<\/w:t>/);
    expect(styled("Heading1")).toEqual(["Sammanfattning", "Organisation", "Måluppfyllelse", "Ekonomi", "Styrdokument", "Medborgarlöften"]);
    expect(styled("Heading2")).toEqual([
      "M0 Umeå växer hållbart utan utsatta områden", "M1 Minska brottsligheten", "M2 Öka tryggheten",
      "M3 Minska bruket av alkohol, narkotika, tobak och doping (ANTD)", "M4 Motverka överdrivet spelande som kan leda till brott",
    ]);
    expect(styled("Heading3")).toEqual([
      "M1.1 Minska våldsbrotten i centrum helgnätter", "M1.2 Färre trafikbrott och mindre buskörning", "M2.1 Trygghetsvandringar i alla prioriterade bostadsområden",
      "M2.2 En trygghetsöverenskommelse med fastighetsägarna", "M3.1 Minska narkotikaanvändningen bland unga",
    ]);
  });

  it("has each goal's generated paragraph under its heading", () => {
    expect(text.replace(/\u00a0/g, " ")).toContain(
      "|M1 Minska brottsligheten|Målet följs upp med 1 egen indikator och 2 indikatorer under sina delmål. I1 Anmälda brott per 100 000 invånare var 8 690 år 2025 ",
    );
    expect(text).toContain("|M3.1 Minska narkotikaanvändningen bland unga|Delmålet följs upp med 1 egen indikator.");
    expect(text).toContain("(uppgiften för 2025 finns inte ännu)");
  });

  it("has a chart picture per indicator, the budget's and the meetings', each a PNG with its title as alt text", async () => {
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*title="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
    expect(pictures).toHaveLength(12);
    for (const id of ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10"]) expect(pictures.some((p) => p.startsWith(`${id} `))).toBe(true);
    expect(pictures).toContain("Öronmärkt, fördelat och förbrukat per år");
    expect(pictures).toContain("Möten 2025: hållna och planerade");
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    expect(media).toHaveLength(12);
    const png = await zip.file(media[0])!.async("uint8array");
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  });

  it("puts wide tables on landscape sections and fits every table into its page's width", () => {
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    const landscape = sections.filter((s) => /w:orient="landscape"/.test(s));
    // Organisation with Måluppfyllelse after it, and Styrdokument
    expect(landscape.length).toBe(2);
    expect(sections.length - landscape.length).toBeGreaterThanOrEqual(3);
    // each table: fixed layout, columns adding up to at most its section's text width
    const body = xml.slice(xml.indexOf("<w:body>"));
    let from = 0;
    for (const s of sections) {
      const end = body.indexOf(s, from);
      const part = body.slice(from, end);
      const width = /w:orient="landscape"/.test(s) ? TWIPS.landscape : TWIPS.portrait;
      for (const grid of part.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)) {
        const cols = [...grid[1].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
        expect(cols.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(width);
      }
      from = end + s.length;
    }
    expect((xml.match(/<w:tblLayout w:type="fixed"\/>/g) ?? []).length).toBe((xml.match(/<w:tbl>/g) ?? []).length);
  });
});

describe("a report holding an overlong word (a pasted address)", () => {
  it("keeps the word whole and leaves the contents' page numbers to Word, as in a large report", async () => {
    const word = "https://example.se/" + "x".repeat(3000);
    const long = planOf({
      Groups: [{ groupId: "U", name: "Umebrå", type: "preparatory", plannedMeetings: 5 }],
      Goals: [{ goalId: "M1", goal: `Minska brottsligheten ${word}`, level: "goal" }],
      Activities: [{ activityId: "A1", activity: "Trygghetsvandring", goalId: "M1", responsibleGroup: "U", status: "ongoing", budgetYear: 2025 }],
    });
    const zip = await JSZip.loadAsync(await buildReportDocx(buildAnnualReport(long, 2025, DEFAULT_SETTINGS), "sv"));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(word);
    expect(xml).toContain("TOC \\h \\o &quot;1-3&quot;");
    expect(xml).not.toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t/);
  }, 30_000);
});

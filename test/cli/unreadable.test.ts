// Each way a file can fail to open gets its own one-line reason, in Swedish and
// English, saying what to do; never a JavaScript error and never a silently
// smaller workbook. The broken files are made here from a good one.
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { exampleWorkbook, runCli } from "./runCli";
import { tempFolder } from "./workbooks";

jest.setTimeout(60_000);

const tmp = tempFolder();
let good: Buffer;

beforeAll(async () => {
  good = readFileSync(await exampleWorkbook(tmp.dir, "good.xlsx"));
});
afterAll(tmp.cleanup);

async function edited(change: (zip: JSZip) => unknown): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  await change(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

const text = async (zip: JSZip, name: string) => zip.file(name)!.async("string");

const cases: [string, () => Promise<Buffer>, RegExp, RegExp][] = [
  ["empty.xlsx", async () => Buffer.alloc(0), /är tom \(0 byte\)/, /is empty \(0 bytes\), not a workbook/],
  ["cut.xlsx", async () => good.subarray(0, Math.floor(good.length / 2)), /är skadad: filen är ofullständig/, /is damaged: the file is incomplete or broken/],
  [
    "calc.xlsx",
    async () => {
      const zip = new JSZip();
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
      zip.file("content.xml", "<office:document-content/>");
      return zip.generateAsync({ type: "nodebuffer" });
    },
    /OpenDocument-kalkylark \(\.ods\)/,
    /is an OpenDocument spreadsheet \(\.ods\).*save it as an Excel Workbook/,
  ],
  [
    "strict.xlsx",
    () => edited(async (z) => z.file("xl/workbook.xml", (await text(z, "xl/workbook.xml")).replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"))),
    /Strikt Open XML/,
    /saved as a Strict Open XML Spreadsheet/,
  ],
  [
    "halfsheet.xlsx",
    () => edited(async (z) => z.file("xl/worksheets/sheet2.xml", (await text(z, "xl/worksheets/sheet2.xml")).slice(0, 600))),
    /delen xl\/worksheets\/sheet2\.xml är inte giltig XML/,
    /the part xl\/worksheets\/sheet2\.xml is not valid XML/,
  ],
  [
    "nosheet.xlsx",
    () => edited((z) => void z.remove("xl/worksheets/sheet3.xml")),
    /delen xl\/worksheets\/sheet3\.xml som arbetsboken hänvisar till saknas/,
    /the part xl\/worksheets\/sheet3\.xml the workbook refers to is missing/,
  ],
  [
    "norels.xlsx",
    () => edited((z) => void z.remove("xl/_rels/workbook.xml.rels")),
    /delen xl\/_rels\/workbook\.xml\.rels som arbetsboken hänvisar till saknas/,
    /the part xl\/_rels\/workbook\.xml\.rels the workbook refers to is missing/,
  ],
  [
    "nosheets.xlsx",
    () => edited(async (z) => z.file("xl/workbook.xml", (await text(z, "xl/workbook.xml")).replace(/<sheets>[\s\S]*<\/sheets>/, ""))),
    /xl\/workbook\.xml <sheets>/,
    /is damaged: the part xl\/workbook\.xml <sheets>/,
  ],
  // parts the workbook or a sheet refers to, without which text would read as numbers, a table would be gone and a save would write a broken file
  ...(
    [
      ["nostrings.xlsx", "xl/sharedStrings.xml"],
      ["nostyles.xlsx", "xl/styles.xml"],
      ["notable.xlsx", "xl/tables/table6.xml"],
    ] as const
  ).map(([name, part]): [string, () => Promise<Buffer>, RegExp, RegExp] => [
    name,
    () => edited((z) => void z.remove(part)),
    new RegExp(`delen ${part.replace(/[./]/g, "\\$&")} som arbetsboken hänvisar till saknas`),
    new RegExp(`the part ${part.replace(/[./]/g, "\\$&")} the workbook refers to is missing`),
  ]),
  ["notes.xlsx", async () => Buffer.from("Mötesanteckningar\n"), /är inte en Excel \.xlsx-fil/, /is not an Excel \.xlsx file/],
  [
    // well-formed, every part there, but a cell whose reference is none: the reader fails, and no more specific reason applies
    "badref.xlsx",
    () => edited(async (z) => z.file("xl/worksheets/sheet2.xml", (await text(z, "xl/worksheets/sheet2.xml")).replace('<c r="A1"', '<c r="!!"'))),
    /kunde inte läsas som arbetsbok: den är skadad eller innehåller något Rådsplan inte kan läsa/,
    /could not be read as a workbook: it is damaged or holds something Rådsplan cannot read/,
  ],
];

it.each(cases)("%s: check says why in one line, in both languages, and exits 2", async (name, make, sv, en) => {
  writeFileSync(tmp.file(name), await make());
  const r = await runCli(["check", name], { cwd: tmp.dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  const [svText, enText] = lines[0].replace(/^radsplan: /, "").split(" / ");
  expect(svText).toMatch(sv);
  expect(enText).toMatch(en);
  expect(r.stderr).not.toMatch(/Cannot read|undefined|TypeError|Error:/);
});

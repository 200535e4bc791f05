// Reading input files with a clear reason for anything that is no .xlsx, and
// saving crash-safely: the old file or the complete new one, never a mix.
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { readInput, writeAtomic } from "../../src/cli/files";
import { CliFailure } from "../../src/cli/say";
import { tempFolder } from "./workbooks";

const tmp = tempFolder();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
afterAll(tmp.cleanup);

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function refusal(work: Promise<unknown>): Promise<CliFailure> {
  try {
    await work;
  } catch (err) {
    if (err instanceof CliFailure) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

const XLSX_TYPES = `<?xml version="1.0"?><Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

describe("readInput", () => {
  it("says a missing file was not found", async () => {
    const f = await refusal(readInput(tmp.file("nope.xlsx")));
    expect(f.reason.en).toMatch(/nope\.xlsx.* was not found/);
    expect(f.reason.sv).toMatch(/hittades inte/);
  });

  it("says a file it may not read could not be read, with the system's reason", async () => {
    symlinkSync("loop.xlsx", tmp.file("loop.xlsx")); // a link to itself: reading it fails (ELOOP), as a denied permission would
    const f = await refusal(readInput(tmp.file("loop.xlsx")));
    expect(f.reason.en).toMatch(/loop\.xlsx” could not be read \(ELOOP\)\. Check that you have permission to read the file\.$/);
    expect(f.reason.sv).toMatch(/kunde inte läsas \(ELOOP\)\. Kontrollera att du har behörighet till filen\.$/);
  });

  it("says a folder is not an Excel file", async () => {
    mkdirSync(tmp.file("folder.xlsx"));
    expect((await refusal(readInput(tmp.file("folder.xlsx")))).reason.en).toMatch(/is a folder/);
  });

  it.each([
    ["text.xlsx", () => Buffer.from("Namn;Typ\nUmebrå;Styrgrupp\n"), /is not an Excel \.xlsx file/],
    ["word.xlsx", () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }), /is not an Excel \.xlsx file/],
    ["old.xls", () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /password-protected or in the old \.xls format/],
    [
      "macros.xlsm",
      () =>
        zipOf({
          "[Content_Types].xml": XLSX_TYPES.replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          ),
          "xl/workbook.xml": "<workbook/>",
        }),
      /macro-enabled workbook \(\.xlsm\)/,
    ],
  ])("refuses %s with the reason and what to do", async (name, bytes, reason) => {
    writeFileSync(tmp.file(name), await bytes());
    const f = await refusal(readInput(tmp.file(name)));
    expect(f.exitCode).toBe(2);
    expect(f.reason.en).toMatch(reason);
    expect(f.reason.en).toContain(name);
    expect(f.reason.sv).not.toBe(f.reason.en);
  });

  it("accepts an .xlsx package and remembers its size and time", async () => {
    const bytes = await zipOf({
      "[Content_Types].xml": XLSX_TYPES,
      "xl/workbook.xml": '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      "xl/worksheets/sheet1.xml": "<worksheet><sheetData/></worksheet>",
    });
    writeFileSync(tmp.file("ok.xlsx"), bytes);
    const read = await readInput(tmp.file("ok.xlsx"));
    expect(read.bytes.equals(bytes)).toBe(true);
    expect(read.stamp.size).toBe(bytes.length);
  });
});

describe("writeAtomic", () => {
  const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.includes("radsplan-lock"));

  it("replaces the file with the complete new content and leaves no temporary file", async () => {
    const dir = tmp.file("w1");
    mkdirSync(dir);
    const target = `${dir}/plan.xlsx`;
    writeFileSync(target, "old");
    await writeAtomic(target, Buffer.from("new content"));
    expect(readFileSync(target, "utf8")).toBe("new content");
    expect(leftovers(dir)).toEqual([]);
  });

  it("refuses to write over a file that changed since it was read, and leaves it as it is", async () => {
    const dir = tmp.file("w2");
    mkdirSync(dir);
    const target = `${dir}/plan.xlsx`;
    writeFileSync(target, "as read");
    const s = statSync(target);
    const stamp = { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, sha256: sha256("as read") };
    writeFileSync(target, "someone else's save");
    utimesSync(target, new Date(), new Date(Date.now() + 5000));
    const f = await refusal(writeAtomic(target, Buffer.from("ours"), { expect: stamp }));
    expect(f.reason.en).toMatch(/changed by something else.*Nothing was saved/);
    expect(readFileSync(target, "utf8")).toBe("someone else's save");
  });

  it("notices a change by content even when size and time are as they were", async () => {
    const dir = tmp.file("w4");
    mkdirSync(dir);
    const target = `${dir}/plan.xlsx`;
    writeFileSync(target, "version A");
    const s = statSync(target);
    const stamp = { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, sha256: sha256("version A") };
    writeFileSync(target, "version B"); // same size
    utimesSync(target, s.atime, s.mtime); // same time
    const f = await refusal(writeAtomic(target, Buffer.from("ours"), { expect: stamp }));
    expect(f.reason.sv).toMatch(/ändrades av något annat.*Ingenting sparades/);
    expect(f.reason.en).toMatch(/changed by something else.*Nothing was saved/);
    expect(readFileSync(target, "utf8")).toBe("version B");
    expect(readdirSync(dir).sort()).toEqual(["plan.xlsx"]);
  });

  it("refuses while another live run holds the file's lock, and says which", async () => {
    const dir = tmp.file("w5");
    mkdirSync(dir);
    const target = `${dir}/plan.xlsx`;
    writeFileSync(target, "old");
    writeFileSync(`${dir}/.plan.xlsx.radsplan-lock`, String(process.ppid)); // a process that is alive
    const f = await refusal(writeAtomic(target, Buffer.from("new")));
    expect(f.reason.en).toContain(`being saved by another radsplan run right now (process ${process.ppid})`);
    expect(f.reason.sv).toContain("sparas just nu av en annan radsplan-körning");
    expect(readFileSync(target, "utf8")).toBe("old");
  });

  it("takes over the lock and removes the temporary file a killed run left", async () => {
    const dir = tmp.file("w6");
    mkdirSync(dir);
    const target = `${dir}/plan.xlsx`;
    writeFileSync(target, "old");
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    writeFileSync(`${dir}/.plan.xlsx.radsplan-lock`, String(dead));
    writeFileSync(`${dir}/.plan.xlsx.${dead}.lx0abc.tmp`, "half a workbook");
    await writeAtomic(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("refuses to create a file that appeared meanwhile", async () => {
    const target = tmp.file("appeared.xlsx");
    writeFileSync(target, "a colleague's workbook");
    await refusal(writeAtomic(target, Buffer.from("ours"), { expect: null }));
    expect(readFileSync(target, "utf8")).toBe("a colleague's workbook");
  });

  it("when the final step fails, keeps the old file whole and removes the partial one", async () => {
    const dir = tmp.file("w3");
    mkdirSync(dir);
    const target = `${dir}/busy.xlsx`;
    mkdirSync(target);
    writeFileSync(`${target}/inside`, "x"); // renaming over a non-empty folder fails
    const f = await refusal(writeAtomic(target, Buffer.from("new")));
    expect(f.reason.en).toMatch(/could not be saved.*left as it was/);
    expect(readFileSync(`${target}/inside`, "utf8")).toBe("x");
    expect(leftovers(dir)).toEqual([]);
  });
});

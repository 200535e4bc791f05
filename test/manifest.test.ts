/**
 * @jest-environment jsdom
 */
// Checks manifest.xml offline (the online validator needs Microsoft's service):
// well-formed, a GUID of our own, every URL https under one origin, every icon a
// real PNG of the declared size, Swedish and English texts, the ExcelApi minimum,
// the ribbon button and function file, and the production URL swap of the build.

import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const TEMPLATE_GUID = "05c2e1c9-3e1d-406e-9a91-e9ac64854143"; // Office-Addin-TaskPane templates' Id
const DEV_BASE = "https://localhost:3000/";

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

const manifestXml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = parse(manifestXml);

/** Elements by local name, whatever their namespace prefix (bt:Image, Image...). */
function all(name: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagName("*")).filter((el) => el.localName === name);
}
function one(name: string, root: Document | Element = doc): Element {
  const found = all(name, root);
  expect(found).toHaveLength(1);
  return found[0];
}
function childOf(el: Element, name: string): Element | undefined {
  return Array.from(el.children).find((c) => c.localName === name);
}
/** A direct child of <OfficeApp> (the add-in's own settings, not the ribbon's). */
function top(name: string): Element {
  const el = childOf(doc.documentElement, name);
  if (!el) throw new Error(`<${name}> is missing under <OfficeApp>`);
  return el;
}
const sourceLocation = () => childOf(top("DefaultSettings"), "SourceLocation")!.getAttribute("DefaultValue")!;

/** Every URL in the manifest: URL-valued attributes and element texts. */
function urls(document: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^[a-z]+:\/\//i.test(attr.value) && !attr.name.startsWith("xmlns")) found.push(attr.value);
    }
    if (el.children.length === 0 && /^[a-z]+:\/\//i.test(el.textContent?.trim() ?? "")) found.push(el.textContent!.trim());
  }
  return found;
}

/** Resource by id from <Resources> (bt:Image, bt:Url, bt:String). */
function resource(id: string): Element {
  const match = all("Resources")[0].querySelectorAll("*");
  const el = Array.from(match).find((e) => e.getAttribute("id") === id);
  if (!el) throw new Error(`resid ${id} is not defined in <Resources>`);
  return el;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The local file a development URL serves (assets are copied unchanged). */
function localFile(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  test("the parser used here does reject malformed XML", () => {
    expect(parse("<OfficeApp><Id></OfficeApp>").getElementsByTagName("parsererror").length).toBeGreaterThan(0);
  });

  test("has its own GUID, not the template's", () => {
    const id = top("Id").textContent!.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(id.toLowerCase()).not.toBe(TEMPLATE_GUID);
  });

  test("keeps the top-level elements in the order the schema requires", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ];
    expect(Array.from(doc.documentElement.children).map((el) => el.localName)).toEqual(order);
    expect(top("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(top("ProviderName").textContent!.trim()).not.toBe("");
  });

  test("every URL is https and under one origin, the task pane's", () => {
    const origin = new URL(sourceLocation()).origin;
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).origin).toBe(origin);
    }
    expect(all("AppDomain").map((el) => el.textContent!.trim())).toContain(origin);
  });

  test("is a Workbook add-in that needs ExcelApi 1.7 and may read and write the document", () => {
    expect(all("Host", top("Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const excelApi = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excelApi?.getAttribute("MinVersion")).toBe("1.7");
    expect(top("Permissions").textContent!.trim()).toBe("ReadWriteDocument");
    expect(sourceLocation()).toBe(`${DEV_BASE}taskpane.html`);
  });

  test("names and describes itself in Swedish by default and in English as an override", () => {
    expect(top("DefaultLocale").textContent!.trim()).toBe("sv-SE");
    for (const name of ["DisplayName", "Description"]) {
      const el = top(name);
      const sv = el.getAttribute("DefaultValue")!;
      const en = all("Override", el).find((o) => o.getAttribute("Locale") === "en-US")?.getAttribute("Value");
      expect(sv.trim()).not.toBe("");
      expect(en?.trim()).toBeTruthy();
      expect(sv.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
      expect(en!.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
    }
    expect(top("Description").getAttribute("DefaultValue")).not.toBe(
      all("Override", top("Description"))[0].getAttribute("Value"),
    );
  });

  test("every ribbon string has an English override", () => {
    const strings = [...all("ShortStrings"), ...all("LongStrings")].flatMap((group) => all("String", group));
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings) {
      const en = all("Override", s).find((o) => o.getAttribute("Locale") === "en-US");
      expect({ id: s.getAttribute("id"), en: en?.getAttribute("Value")?.trim() || null }).toEqual({
        id: s.getAttribute("id"),
        en: expect.any(String),
      });
      expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(s.parentElement!.localName === "ShortStrings" ? 125 : 250);
    }
  });

  test("has a button on the Home tab that shows the task pane, and a function file", () => {
    const tab = all("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(tab).toBeDefined();
    const buttons = all("Control", tab!).filter((c) => c.getAttribute("xsi:type") === "Button");
    const show = buttons.find((b) => childOf(b, "Action")?.getAttribute("xsi:type") === "ShowTaskpane");
    expect(show).toBeDefined();
    const action = childOf(show!, "Action")!;
    expect(resource(childOf(action, "SourceLocation")!.getAttribute("resid")!).getAttribute("DefaultValue")).toBe(
      `${DEV_BASE}taskpane.html`,
    );
    expect(resource(one("FunctionFile").getAttribute("resid")!).getAttribute("DefaultValue")).toBe(
      `${DEV_BASE}commands.html`,
    );
    expect(resource(childOf(show!, "Label")!.getAttribute("resid")!).getAttribute("DefaultValue")).toMatch(/Rådsplan/);
  });

  test("every resid points to a defined resource", () => {
    const resids = Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const id of new Set(resids)) expect(() => resource(id)).not.toThrow();
    for (const id of new Set(resids)) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every icon the manifest names is a PNG file of the declared size", () => {
    const declared: { url: string; size: number }[] = [
      { url: top("IconUrl").getAttribute("DefaultValue")!, size: 32 },
      { url: top("HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const img of all("Image").filter((el) => el.hasAttribute("resid"))) {
      declared.push({ url: resource(img.getAttribute("resid")!).getAttribute("DefaultValue")!, size: Number(img.getAttribute("size")) });
    }
    expect(new Set(declared.map((d) => d.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of declared) {
      expect({ url, ...pngSize(localFile(url)) }).toEqual({ url, width: size, height: size });
    }
  });

  test("assets/ holds the icon in 16, 32, 64, 80 and 128 pixels", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe("the production manifest the build writes", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionManifest, productionUrl } = require("../webpack.config.js") as {
    productionManifest: (xml: string, baseUrl: string) => string;
    productionUrl: (env?: Record<string, string | undefined>) => string;
  };

  test("moves every URL to ADDIN_PRODUCTION_URL and stays well-formed", () => {
    const base = productionUrl({ ADDIN_PRODUCTION_URL: "https://radsplan.example.se/addin" });
    expect(base).toBe("https://radsplan.example.se/addin/");
    const prod = parse(productionManifest(manifestXml, base));
    expect(prod.getElementsByTagName("parsererror")).toHaveLength(0);
    const found = urls(prod);
    expect(found).toHaveLength(urls(doc).length);
    for (const url of found) expect(url.startsWith("https://radsplan.example.se")).toBe(true);
    expect(found).toContain("https://radsplan.example.se/addin/taskpane.html");
    expect(found).toContain("https://radsplan.example.se");
  });

  test("defaults to the documented URL and refuses a non-https one", () => {
    expect(productionUrl({})).toBe("https://www.contoso.com/radsplan/");
    expect(() => productionUrl({ ADDIN_PRODUCTION_URL: "http://radsplan.example.se/" })).toThrow(/https/);
  });
});

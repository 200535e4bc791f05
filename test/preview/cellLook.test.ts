// Table headers and fills in the preview grid look like Excel's and stay legible.

import { fontPx, tableLook, tablePart, textOn } from "../../src/preview/grid/cellLook";

describe("table styles", () => {
  it("gives Light 1 tables a bold header on white and Medium ones a filled header with white text", () => {
    expect(tableLook("TableStyleLight1").header.background).toBeUndefined();
    expect(tableLook("TableStyleLight1").header.fontWeight).toBe(600);
    expect(tableLook("TableStyleMedium2").header.background).toBeDefined();
    expect(tableLook("TableStyleMedium2").header.color).toBe("#FFFFFF");
    expect(tableLook("TableStyleLight9").header.color).toBe("#FFFFFF");
    expect(tableLook(undefined)).toEqual({ header: {}, band: {} });
  });

  it("knows which row of a table is the header and which are banded", () => {
    const tables = [{ name: "Groups", rect: { r0: 0, c0: 0, r1: 3, c1: 2 }, showHeaders: true, style: "TableStyleMedium2" }];
    expect(tablePart(tables, 0, 1)?.part).toBe("header");
    expect(tablePart(tables, 1, 1)?.part).toBe("band");
    expect(tablePart(tables, 2, 1)?.part).toBe("body");
    expect(tablePart(tables, 4, 1)).toBeUndefined();
    expect(tablePart(tables, 1, 3)).toBeUndefined();
  });
});

describe("legibility", () => {
  it("writes black on light fills and white on dark ones", () => {
    expect(textOn("#D9D9D9")).toBe("#000000");
    expect(textOn("#FFF2CC")).toBe("#000000");
    expect(textOn("#1F4E79")).toBe("#FFFFFF");
  });

  it("keeps the base size and lets titles grow only as far as a row allows", () => {
    expect(fontPx(11)).toBeUndefined();
    expect(fontPx(16)).toBeGreaterThan(13);
    expect(fontPx(16)).toBeLessThanOrEqual(15.5);
    expect(fontPx(8)).toBeLessThan(13);
  });
});

// The grid renders only the rows in view, whatever the sheet's size, and can
// bring any cell into view.

import { gridGeometry, HEADER_HEIGHT, revealCell, ROW_HEADER_WIDTH, ROW_HEIGHT, rowTop, visibleRows } from "../../src/preview/grid/geometry";
import { OVERSCAN_ROWS, rowWindow } from "../../src/preview/grid/viewport";

describe("rowWindow", () => {
  it("renders a screenful plus a margin on a 60 000-row sheet, wherever it is scrolled", () => {
    for (const scrollTop of [0, 500_000, 60_000 * ROW_HEIGHT - 600]) {
      const w = rowWindow(scrollTop, 600, ROW_HEIGHT, 60_000);
      expect(w.end - w.first).toBeLessThanOrEqual(Math.ceil(600 / ROW_HEIGHT) + 2 * OVERSCAN_ROWS + 1);
      expect(w.first * ROW_HEIGHT).toBeLessThanOrEqual(scrollTop);
      expect(w.end * ROW_HEIGHT).toBeGreaterThanOrEqual(Math.min(scrollTop + 600, 60_000 * ROW_HEIGHT));
    }
  });

  it("never reaches past the sheet", () => {
    expect(rowWindow(10_000, 600, ROW_HEIGHT, 5)).toEqual({ first: 4, end: 5 });
    expect(rowWindow(0, 600, ROW_HEIGHT, 0)).toEqual({ first: 0, end: 0 });
    expect(rowWindow(-50, 600, ROW_HEIGHT, 3)).toEqual({ first: 0, end: 3 });
  });
});

describe("grid geometry", () => {
  const g = gridGeometry([80, 100, 60], 1000, 1);

  it("places columns after the row numbers and frozen rows under the column letters", () => {
    expect(g.columnLeft).toEqual([ROW_HEADER_WIDTH, ROW_HEADER_WIDTH + 80, ROW_HEADER_WIDTH + 180, ROW_HEADER_WIDTH + 240]);
    expect(rowTop(g, 0)).toBe(HEADER_HEIGHT);
    expect(rowTop(g, 1)).toBe(HEADER_HEIGHT + ROW_HEIGHT);
    expect(rowTop(g, 10)).toBe(HEADER_HEIGHT + 10 * ROW_HEIGHT);
    expect(g.totalHeight).toBe(HEADER_HEIGHT + 1000 * ROW_HEIGHT);
  });

  it("lists body rows below the frozen ones", () => {
    const w = visibleRows(g, 0, 300);
    expect(w.first).toBe(1);
    expect(w.end).toBeGreaterThan(1 + Math.floor((300 - g.stickyHeight) / ROW_HEIGHT));
  });

  it("scrolls a far cell into view and leaves a visible one alone", () => {
    const view = { scrollTop: 0, scrollLeft: 0, width: 200, height: 400 };
    const far = revealCell(g, 500, 2, view);
    expect(far.top).toBeDefined();
    const top = far.top!;
    expect(rowTop(g, 500)).toBeGreaterThanOrEqual(top + g.stickyHeight);
    expect(rowTop(g, 500) + ROW_HEIGHT).toBeLessThanOrEqual(top + view.height);
    expect(far.left).toBeGreaterThan(0);
    expect(revealCell(g, 3, 0, view)).toEqual({});
    expect(revealCell(g, 0, 0, { ...view, scrollTop: 5000 }).top).toBeUndefined(); // frozen rows are always in view
  });

  it("scrolls back up to a row hidden under the frozen block", () => {
    const view = { scrollTop: 10 * ROW_HEIGHT, scrollLeft: 0, width: 400, height: 400 };
    expect(revealCell(g, 5, 0, view).top).toBe(rowTop(g, 5) - g.stickyHeight);
  });
});

// The preview's spreadsheet grid: column letters and row numbers, cell values
// through their number formats, table headers and bands, the selected cell
// outlined, and editing (a text field, or a dropdown for list cells). It is
// virtualised: only the rows in view (plus a small margin) exist in the DOM, so
// a 60 000-row sheet scrolls as smoothly as a small one.

import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";
import { columnLetter } from "../../workbook/parse/address";
import { tr, type Lang } from "../../i18n";
import { preview } from "../../i18n/preview";
import type { CellValue } from "../../workbook/snapshot";
import type { SheetData } from "../workbook/sheetData";
import { CellEditor } from "./CellEditor";
import { paintCell, tablePart } from "./cellLook";
import { fitNumber, spillWidth } from "./cellFit";
import { gridGeometry, HEADER_HEIGHT, revealCell, ROW_HEADER_WIDTH, ROW_HEIGHT, rowTop, visibleRows, type GridGeometry } from "./geometry";
import { editText, typedValue } from "./typedValue";
import type { RowWindow } from "./viewport";

export interface CellPos {
  row: number;
  column: number;
}

export interface GridProps {
  sheet: SheetData;
  /** Changes whenever the workbook changes, so the visible rows are painted afresh. */
  version: number;
  lang: Lang;
  selected: CellPos | null;
  /** Changes when the selection must be scrolled into view (e.g. the pane selected a cell). */
  revealKey: number;
  onSelect(pos: CellPos): void;
  onCommit(pos: CellPos, value: CellValue): void;
  /** Drawn inside the scrolled content (charts), given the geometry and the rows in view. */
  overlay?: (geometry: GridGeometry, rows: RowWindow) => ReactNode;
}

const CELL_BORDER = "1px solid #E1E1E1";
const HEAD_BG = "#F3F3F3";
const HEAD_SELECTED_BG = "#D3E5DA";

const cellBase = {
  position: "absolute",
  top: 0,
  height: ROW_HEIGHT,
  boxSizing: "border-box",
  borderRight: CELL_BORDER,
  borderBottom: CELL_BORDER,
  padding: "0 4px",
  lineHeight: `${ROW_HEIGHT - 1}px`,
  whiteSpace: "nowrap",
  overflow: "hidden",
  textOverflow: "ellipsis",
} as const;

const rowHeaderBase = {
  position: "sticky",
  left: 0,
  zIndex: 2,
  width: ROW_HEADER_WIDTH,
  height: ROW_HEIGHT,
  boxSizing: "border-box",
  borderRight: "1px solid #C8C8C8",
  borderBottom: CELL_BORDER,
  textAlign: "center",
  lineHeight: `${ROW_HEIGHT - 1}px`,
  color: "#444",
  fontSize: 12,
} as const;

const cellId = (prefix: string, row: number, column: number) => `${prefix}-r${row}c${column}`;

interface RowProps {
  sheet: SheetData;
  version: number;
  lang: Lang;
  row: number;
  top: number;
  geometry: GridGeometry;
  /** The selected column when the selection is on this row. */
  selectedColumn: number | null;
  idPrefix: string;
}

/** One sheet row: its number and its cells. Re-renders only when its data, position or selection changes. */
const GridRow = memo(function GridRow({ sheet, lang, row, top, geometry, selectedColumn, idPrefix }: RowProps) {
  const cells: ReactNode[] = [];
  const width = (column: number) => geometry.columnLeft[column + 1] - geometry.columnLeft[column];
  const widths = Array.from({ length: sheet.columnCount }, (_, c) => width(c));
  const isEmpty = (column: number) => sheet.value(row, column) === "" && !sheet.look(row, column)?.fill && !tablePart(sheet.tables, row, column);
  for (let column = 0; column < sheet.columnCount; column++) {
    const painted = paintCell(sheet, row, column, lang);
    const left = geometry.columnLeft[column];
    let text = painted.text;
    let cellWidth = widths[column];
    let spill: CSSProperties | null = null;
    if (text && typeof sheet.value(row, column) === "number") {
      text = fitNumber(text, cellWidth);
    } else if (text && painted.style.textAlign === "left") {
      cellWidth = spillWidth(text, column, widths, isEmpty);
      if (cellWidth > widths[column]) spill = { zIndex: 1, background: painted.style.background ?? "#fff" };
    }
    cells.push(
      <div
        key={column}
        id={cellId(idPrefix, row, column)}
        role="gridcell"
        aria-colindex={column + 2}
        aria-selected={selectedColumn === column}
        data-cell={`${columnLetter(column)}${row + 1}`}
        data-part={painted.part}
        title={text !== painted.text ? painted.text : undefined}
        style={{ ...cellBase, left, width: cellWidth, ...painted.style, ...spill }}
      >
        {text}
      </div>,
    );
  }
  return (
    <div role="row" aria-rowindex={row + 2} style={{ position: "absolute", top, left: 0, height: ROW_HEIGHT, width: geometry.totalWidth }}>
      <div role="rowheader" style={{ ...rowHeaderBase, background: selectedColumn !== null ? HEAD_SELECTED_BG : HEAD_BG }}>
        {row + 1}
      </div>
      {cells}
      {selectedColumn !== null && (
        <div
          aria-hidden="true"
          style={{
            position: "absolute",
            top: 0,
            left: geometry.columnLeft[selectedColumn],
            width: width(selectedColumn),
            height: ROW_HEIGHT,
            boxSizing: "border-box",
            border: "2px solid #217346",
            zIndex: 2,
            pointerEvents: "none",
          }}
        />
      )}
    </div>
  );
});

export function Grid({ sheet, version, lang, selected, revealKey, onSelect, onCommit, overlay }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const idPrefix = useMemo(() => `grid-${sheet.name.replace(/[^\w-]/g, "_")}`, [sheet.name]);
  const widths = useMemo(
    () => Array.from({ length: sheet.columnCount }, (_, c) => sheet.columnWidth(c)),
    [sheet, version],
  );
  const geometry = useMemo(() => gridGeometry(widths, sheet.rowCount, sheet.frozenRows), [widths, sheet.rowCount, sheet.frozenRows]);
  const [viewport, setViewport] = useState({ height: 600, width: 800 });
  const [rows, setRows] = useState<RowWindow>(() => visibleRows(geometry, 0, 600));
  const [editing, setEditing] = useState<{ pos: CellPos; initial: string } | null>(null);

  const updateWindow = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = visibleRows(geometry, el.scrollTop, el.clientHeight || viewport.height);
    setRows((prev) => (prev.first === next.first && prev.end === next.end ? prev : next));
  }, [geometry, viewport.height]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport({ height: el.clientHeight || 600, width: el.clientWidth || 800 });
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(updateWindow, [updateWindow]);

  // Bring the selection into view when asked (the pane selected a cell, or the keyboard moved it).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const to = revealCell(geometry, selected.row, selected.column, {
      scrollTop: el.scrollTop,
      scrollLeft: el.scrollLeft,
      width: el.clientWidth || viewport.width,
      height: el.clientHeight || viewport.height,
    });
    if (to.top !== undefined) el.scrollTop = to.top;
    if (to.left !== undefined) el.scrollLeft = to.left;
    updateWindow();
  }, [revealKey]);

  const startEdit = (pos: CellPos, typed?: string) => {
    const format = sheet.numberFormat(pos.row, pos.column);
    setEditing({ pos, initial: typed ?? editText(sheet.value(pos.row, pos.column), format, lang) });
  };

  const move = (pos: CellPos, dRow: number, dColumn: number) => {
    const row = Math.max(0, Math.min(sheet.rowCount - 1, pos.row + dRow));
    const column = Math.max(0, Math.min(sheet.columnCount - 1, pos.column + dColumn));
    onSelect({ row, column });
  };

  const pageRows = Math.max(1, Math.floor((viewport.height - geometry.stickyHeight) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pos = selected ?? { row: 0, column: 0 };
    const end = { row: Math.max(0, sheet.lastRow), column: Math.max(0, sheet.lastColumn) };
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-pageRows, 0],
      PageDown: [pageRows, 0],
    };
    // Ctrl+arrow goes to the edge of the data first, then to the edge of the grid (Excel jumps over data blocks).
    const ctrlJumps: Record<string, () => CellPos> = {
      ArrowUp: () => ({ row: 0, column: pos.column }),
      ArrowLeft: () => ({ row: pos.row, column: 0 }),
      ArrowDown: () => ({ row: pos.row < end.row ? end.row : sheet.rowCount - 1, column: pos.column }),
      ArrowRight: () => ({ row: pos.row, column: pos.column < end.column ? end.column : sheet.columnCount - 1 }),
      Home: () => ({ row: 0, column: 0 }),
      End: () => end,
    };
    if (e.ctrlKey && ctrlJumps[e.key]) {
      e.preventDefault();
      onSelect(ctrlJumps[e.key]());
    } else if (steps[e.key]) {
      e.preventDefault();
      const [dr, dc] = steps[e.key];
      move(pos, dr, dc);
    } else if (e.key === "Home") {
      e.preventDefault();
      onSelect({ row: pos.row, column: 0 });
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit(pos);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onCommit(pos, "");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && !sheet.listChoices(pos.row, pos.column)) {
      e.preventDefault();
      startEdit(pos, e.key);
    }
  };

  const finishEdit = (text: string | null, direction: "down" | "right" | "none") => {
    const current = editing;
    setEditing(null);
    scroller.current?.focus({ preventScroll: true });
    if (!current) return;
    const { pos } = current;
    if (text !== null) onCommit(pos, typedValue(text, sheet.numberFormat(pos.row, pos.column)));
    if (direction === "down") move(pos, 1, 0);
    else if (direction === "right") move(pos, 0, 1);
  };

  const cellFromEvent = (target: EventTarget): CellPos | null => {
    const cell = (target as HTMLElement).closest?.("[data-cell]") as HTMLElement | null;
    const rowEl = cell?.parentElement;
    if (!cell || !rowEl) return null;
    return { row: Number(rowEl.getAttribute("aria-rowindex")) - 2, column: Number(cell.getAttribute("aria-colindex")) - 2 };
  };

  const rendered: ReactNode[] = [];
  const rowProps = (row: number) => ({
    sheet,
    version,
    lang,
    row,
    top: rowTop(geometry, row),
    geometry,
    selectedColumn: selected?.row === row ? selected.column : null,
    idPrefix,
  });
  for (let row = rows.first; row < Math.min(rows.end, sheet.rowCount); row++) {
    rendered.push(<GridRow key={row} {...rowProps(row)} />);
  }
  const frozen: ReactNode[] = [];
  for (let row = 0; row < geometry.frozenRows; row++) {
    frozen.push(<GridRow key={row} {...rowProps(row)} top={HEADER_HEIGHT + row * ROW_HEIGHT} />);
  }
  const activeId =
    selected && (selected.row < geometry.frozenRows || (selected.row >= rows.first && selected.row < rows.end))
      ? cellId(idPrefix, selected.row, selected.column)
      : undefined;

  const editor = editing && (
    <CellEditor
      cell={`${columnLetter(editing.pos.column)}${editing.pos.row + 1}`}
      initial={editing.initial}
      choices={sheet.listChoices(editing.pos.row, editing.pos.column)}
      lang={lang}
      style={{
        top: rowTop(geometry, editing.pos.row),
        left: geometry.columnLeft[editing.pos.column],
        width: Math.max(120, geometry.columnLeft[editing.pos.column + 1] - geometry.columnLeft[editing.pos.column]),
        height: ROW_HEIGHT + 2,
      }}
      onCommit={(text, direction) => finishEdit(text, direction)}
      onCancel={() => finishEdit(null, "none")}
    />
  );
  // A frozen row's editor sits in the sticky block with the row, so it stays over its cell.
  const editorFrozen = editing !== null && editing.pos.row < geometry.frozenRows;

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={tr(preview.grid, lang, { sheet: sheet.name })}
      aria-rowcount={sheet.rowCount + 1}
      aria-colcount={sheet.columnCount + 1}
      aria-activedescendant={editing ? undefined : activeId}
      aria-describedby={`${idPrefix}-hint`}
      tabIndex={0}
      data-sheet={sheet.name}
      onScroll={updateWindow}
      onKeyDown={editing ? undefined : onKeyDown}
      onMouseDown={(e) => {
        const pos = cellFromEvent(e.target);
        if (pos && !editing) onSelect(pos);
      }}
      onDoubleClick={(e) => {
        const pos = cellFromEvent(e.target);
        if (pos) startEdit(pos);
      }}
      style={{ position: "relative", overflow: "auto", height: "100%", outline: "none", fontSize: 13, background: "#fff", color: "#000", userSelect: "none" }}
    >
      <span id={`${idPrefix}-hint`} hidden>
        {tr(preview.editHint, lang)}
      </span>
      <div style={{ position: "relative", height: geometry.totalHeight, width: geometry.totalWidth }}>
        {rendered}
        {overlay?.(geometry, rows)}
        <div style={{ position: "sticky", top: 0, zIndex: 3, height: geometry.stickyHeight, width: geometry.totalWidth, background: "#fff" }}>
          <div role="row" aria-rowindex={1} style={{ position: "absolute", top: 0, left: 0, height: HEADER_HEIGHT, width: geometry.totalWidth }}>
            <div role="columnheader" aria-colindex={1} style={{ ...rowHeaderBase, height: HEADER_HEIGHT, background: HEAD_BG }} />
            {widths.map((_, column) => (
              <div
                key={column}
                role="columnheader"
                aria-colindex={column + 2}
                style={{
                  ...cellBase,
                  left: geometry.columnLeft[column],
                  width: widths[column],
                  height: HEADER_HEIGHT,
                  textAlign: "center",
                  color: "#444",
                  fontSize: 12,
                  borderBottom: "1px solid #C8C8C8",
                  background: selected?.column === column ? HEAD_SELECTED_BG : HEAD_BG,
                }}
              >
                {columnLetter(column)}
              </div>
            ))}
          </div>
          {frozen}
          {editorFrozen && editor}
        </div>
        {!editorFrozen && editor}
      </div>
    </div>
  );
}

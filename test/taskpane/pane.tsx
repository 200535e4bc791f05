// Test fixtures for the task pane: the real App (inside FluentProvider, as in
// Excel) over the in-memory workbook, plus runners that hold or fail a batch so
// progress and failures can be seen.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ExcelRunner } from "../../src/excel/api";
import { MemoryWorkbook } from "../../src/host";
import { App, type AppProps } from "../../src/taskpane/App";
import type { Services } from "../../src/taskpane/services";
import { mount } from "./queries";

export function servicesFor(wb: MemoryWorkbook, run: ExcelRunner = wb.run): Services {
  return { run, caps: wb.capabilities, host: "preview" };
}

/** Renders the real pane over `wb` (a new empty workbook by default). */
export async function renderPane(
  options: { wb?: MemoryWorkbook; run?: ExcelRunner } & Omit<AppProps, "services"> = {},
): Promise<MemoryWorkbook> {
  const { wb = new MemoryWorkbook(), run, ...props } = options;
  await mount(
    <FluentProvider theme={webLightTheme}>
      <App services={servicesFor(wb, run)} {...props} />
    </FluentProvider>,
  );
  return wb;
}

/** A runner that passes batches to `wb` but holds each one until `release()` once `hold` is on. */
export function heldRunner(wb: MemoryWorkbook) {
  let release: () => void = () => undefined;
  const state = { hold: false };
  const run: ExcelRunner = async (batch) => {
    if (state.hold) await new Promise<void>((resolve) => (release = resolve));
    return wb.run(batch);
  };
  return { run, state, release: () => release() };
}

/** A runner whose `n`-th batch (1-based) and later ones fail with `error`. */
export function failingFrom(wb: MemoryWorkbook, n: number, error: unknown): ExcelRunner {
  let calls = 0;
  return (batch) => (++calls >= n ? Promise.reject(error) : wb.run(batch));
}

/** Non-empty data rows per table, read straight from the workbook. */
export async function dataRows(wb: MemoryWorkbook): Promise<Record<string, number>> {
  return wb.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const bodies = tables.items.map((t) => ({ name: t.name, body: t.getDataBodyRange().load("values") }));
    await context.sync();
    return Object.fromEntries(
      bodies.map(({ name, body }) => [name, body.values.filter((row) => row.some((v) => v !== "" && v !== null)).length]),
    );
  });
}

/** Worksheet names in the workbook. */
export async function sheetNames(wb: MemoryWorkbook): Promise<string[]> {
  return wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

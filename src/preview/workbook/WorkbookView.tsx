// The workbook half of the preview: the selected cell and its content, the
// grid of the active sheet (with its charts), and the sheet tabs. It follows
// the in-memory Excel: when the task pane activates a sheet or selects a cell
// (e.g. a finding's cell), the view switches to it and scrolls it into view.

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import type { Capabilities, ExcelRunner } from "../../excel/api";
import { parseA1, splitSheetAddress } from "../../base/a1";
import { fillText, tr, type Lang, type Text } from "../../i18n";
import { preview } from "../../i18n/preview";
import type { WorkbookModel } from "../../host/model/workbookModel";
import { columnLetter } from "../../workbook/parse/address";
import type { CellValue } from "../../workbook/snapshot";
import { formatCell } from "../../base/numberFormat";
import { Grid, type CellPos } from "../grid/Grid";
import { activateSheet, selectCell, writeCell } from "./hostActions";
import { hostSheet, sheetTabs } from "./hostSheets";
import type { SheetData } from "./sheetData";
import { useHostVersion, type ChangeSource } from "./useHostVersion";

const ChartLayer = lazy(() => import("../charts/ChartLayer"));

/** The part of the in-memory Excel the view uses. */
export interface PreviewHost extends ChangeSource {
  run: ExcelRunner;
  capabilities: Capabilities;
  model: WorkbookModel;
  selection: { sheet: string; address: string } | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  cellBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minHeight: "28px",
  },
  nameBox: {
    minWidth: "150px",
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  content: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flex: 1 },
  grid: { flex: 1, minHeight: 0, position: "relative" },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0, background: tokens.colorNeutralBackground2 },
  empty: { padding: tokens.spacingHorizontalL },
});

interface Selected extends CellPos {
  sheet: string;
}

/** The first cell of an address the host reports ("A5", "B2:C4", "Mål!B2"), 0-based. */
function firstCell(address: string): CellPos | null {
  const block = parseA1(splitSheetAddress(address).a1);
  return block ? { row: block.firstRow - 1, column: block.firstColumn } : null;
}

export function WorkbookView({ host, lang }: { host: PreviewHost; lang: Lang }) {
  const styles = useStyles();
  const version = useHostVersion(host);
  const tabs = useMemo(() => sheetTabs(host.model), [host, version]); // re-read whenever the model changes (version)
  const [active, setActive] = useState(() => host.model.activeSheet?.name ?? tabs[0]?.name ?? "");
  const [selected, setSelected] = useState<Selected | null>(null);
  const [revealKey, setRevealKey] = useState(0);
  const [problem, setProblem] = useState<Text | null>(null);
  const seen = useRef({ selection: "", active: host.model.activeSheet?.name ?? "" });

  // Follow what the task pane did: a new selection (Range.select) or a newly activated sheet.
  useEffect(() => {
    const selection = host.selection;
    const key = selection ? `${selection.sheet}!${selection.address}` : "";
    const activeNow = host.model.activeSheet?.name ?? "";
    if (selection && key !== seen.current.selection) {
      const cell = firstCell(selection.address);
      setActive(selection.sheet);
      if (cell) {
        setSelected({ sheet: selection.sheet, ...cell });
        setRevealKey((n) => n + 1);
      }
    } else if (activeNow && activeNow !== seen.current.active) {
      setActive(activeNow);
    }
    seen.current = { selection: key, active: activeNow };
  }, [host, version]);

  const shown = tabs.some((t) => t.name === active) ? active : (tabs[0]?.name ?? "");
  const sheet = useMemo(() => (shown ? hostSheet(host.model, shown) : undefined), [host, shown, version]); // re-read whenever the model changes (version)
  const current = selected && selected.sheet === shown ? selected : null;

  /** Shows that a change to `cell` failed; the workbook is as it was. */
  const fail = useCallback((cell: string, err: unknown) => {
    setProblem(fillText(preview.writeFailed, () => ({ cell, detail: err instanceof Error ? err.message : String(err) })));
  }, []);

  const onSelect = (pos: CellPos) => {
    setSelected({ sheet: shown, ...pos });
    setRevealKey((n) => n + 1);
    const address = `${columnLetter(pos.column)}${pos.row + 1}`;
    selectCell(host.run, shown, address).catch((err: unknown) => fail(`${shown}!${address}`, err));
  };
  const onCommit = (pos: CellPos, value: CellValue) => {
    const address = `${columnLetter(pos.column)}${pos.row + 1}`;
    setProblem(null);
    writeCell(host.run, host.capabilities, shown, address, value).catch((err: unknown) => fail(`${shown}!${address}`, err));
  };
  const onTab = (name: string) => {
    setActive(name);
    activateSheet(host.run, host.capabilities, name).catch((err: unknown) => fail(name, err));
  };

  const address = current ? `${columnLetter(current.column)}${current.row + 1}` : "";
  const content = current && sheet ? cellContent(sheet, current, lang) : "";

  return (
    <div className={styles.root}>
      <div className={styles.cellBar}>
        <Caption1>{tr(preview.selected, lang)}</Caption1>
        <output className={styles.nameBox} aria-label={tr(preview.selected, lang)} data-testid="selected-cell">
          {current ? `${shown}!${address}` : "–"}
        </output>
        <span className={styles.content} title={content}>
          {content}
        </span>
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{tr(problem, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.grid}>
        {sheet ? (
          <Grid
            key={sheet.name}
            sheet={sheet}
            version={version}
            lang={lang}
            selected={current}
            revealKey={revealKey}
            onSelect={onSelect}
            onCommit={onCommit}
            overlay={
              sheet.charts.length > 0
                ? (geometry, rows) => (
                    <Suspense fallback={<Spinner size="tiny" label={tr(preview.chartLoading, lang)} />}>
                      <ChartLayer charts={sheet.charts} geometry={geometry} rows={rows} lang={lang} />
                    </Suspense>
                  )
                : undefined
            }
          />
        ) : (
          <p className={styles.empty}>{tr(preview.noSheets, lang)}</p>
        )}
      </div>
      <nav className={styles.tabs}>
        <TabList size="small" selectedValue={shown} onTabSelect={(_, data) => onTab(String(data.value))} aria-label={tr(preview.sheets, lang)}>
          {tabs.map((tab) => (
            <Tab key={tab.name} value={tab.name} style={tab.tabColor ? { borderBottom: `3px solid ${tab.tabColor}` } : undefined}>
              {tab.name}
            </Tab>
          ))}
        </TabList>
      </nav>
    </div>
  );
}

/** What the cell bar shows for the selected cell: its formula, else its value as displayed. */
function cellContent(sheet: SheetData, pos: CellPos, lang: Lang): string {
  return sheet.formula(pos.row, pos.column) ?? formatCell(sheet.value(pos.row, pos.column), sheet.numberFormat(pos.row, pos.column), lang).text;
}

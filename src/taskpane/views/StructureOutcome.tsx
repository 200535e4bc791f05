// The Struktur view's result area: what a command added (sheets, tables,
// columns, example rows), notices about features this Excel lacks, or the
// failure message. Announced to screen readers as it appears.

import type { StructureReport } from "../../excel/api";
import { ACKS_TABLE, META_SHEET, SETTINGS_TABLE, type TableName } from "../../workbook/layout";
import { countText, type Text } from "../../i18n";
import { useT } from "../lang";
import { structure } from "../../i18n/ui";
import { Notice, NoticeList } from "../Notice";

export type Outcome =
  | { kind: "created"; report: StructureReport }
  | { kind: "example"; rows: number; report: StructureReport }
  | { kind: "failed"; title: Text; message: Text };

/** The sheet a table is on, for naming added columns the way the user sees them. */
export type SheetOf = (table: TableName) => string;

/** Rådsplan's own hidden sheet and tables are not the user's business: they go unmentioned. */
const INTERNAL = new Set<string>([META_SHEET, SETTINGS_TABLE, ACKS_TABLE]);
const listed = (names: readonly string[]) => names.filter((name) => !INTERNAL.has(name)).join(", ");

function ReportLines({ report, sheetOf }: { report: StructureReport; sheetOf: SheetOf }) {
  const t = useT();
  const sheets = listed(report.addedSheets);
  const tables = listed(report.addedTables);
  const lines = [
    sheets && t(structure.addedSheets, { list: sheets }),
    tables && t(structure.addedTables, { list: tables }),
    report.addedColumns.length > 0 &&
      t(structure.addedColumns, { list: report.addedColumns.map((c) => `${sheetOf(c.table)}: ${c.header}`).join(", ") }),
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return <p>{t(structure.nothingAdded)}</p>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Notices({ notices }: { notices: readonly Text[] }) {
  const t = useT();
  return <NoticeList title={t(structure.noticesTitle)} notices={notices} />;
}

export function StructureOutcome({ outcome, sheetOf }: { outcome: Outcome; sheetOf: SheetOf }) {
  const t = useT();
  if (outcome.kind === "failed") {
    return (
      <Notice intent="error" title={t(outcome.title)}>
        {t(outcome.message)}
      </Notice>
    );
  }
  return (
    <>
      <Notice intent="success" title={t(outcome.kind === "created" ? structure.createdTitle : structure.exampleTitle)}>
        {outcome.kind === "example" && <p>{t(countText(outcome.rows, structure.exampleRows))}</p>}
        <ReportLines report={outcome.report} sheetOf={sheetOf} />
      </Notice>
      <Notices notices={outcome.report.notices} />
    </>
  );
}

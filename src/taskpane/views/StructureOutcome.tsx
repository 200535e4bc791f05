// The Struktur view's result area: what a command added (sheets, tables,
// columns, example rows), notices about features this Excel lacks, or the
// failure message. Announced to screen readers as it appears.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { StructureReport } from "../../excel/api";
import { formatNumber, useLang, useT, type Text } from "../../i18n";
import { structure } from "../../i18n/ui";

export type Outcome =
  | { kind: "created"; report: StructureReport }
  | { kind: "example"; rows: number; report: StructureReport }
  | { kind: "failed"; title: Text; message: Text };

function ReportLines({ report }: { report: StructureReport }) {
  const t = useT();
  const lines = [
    report.addedSheets.length > 0 && t(structure.addedSheets, { list: report.addedSheets.join(", ") }),
    report.addedTables.length > 0 && t(structure.addedTables, { list: report.addedTables.join(", ") }),
    report.addedColumns.length > 0 &&
      t(structure.addedColumns, { list: report.addedColumns.map((c) => `${c.table}: ${c.header}`).join(", ") }),
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
  if (notices.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(structure.noticesTitle)}</MessageBarTitle>
        <ul>
          {notices.map((notice) => (
            <li key={notice.en}>{t(notice)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function StructureOutcome({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const lang = useLang();
  if (outcome.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(outcome.title)}</MessageBarTitle>
          {t(outcome.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(outcome.kind === "created" ? structure.createdTitle : structure.exampleTitle)}</MessageBarTitle>
          {outcome.kind === "example" && <p>{t(structure.exampleRows, { n: formatNumber(outcome.rows, lang) })}</p>}
          <ReportLines report={outcome.report} />
        </MessageBarBody>
      </MessageBar>
      <Notices notices={outcome.report.notices} />
    </>
  );
}

// The preview's file buttons: "Öppna .xlsx" reads a workbook from disk into
// the in-memory Excel, "Spara .xlsx" downloads it. Progress and the outcome
// (or a message saying what to do) are announced as they happen.

import { useRef, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { fillText, isText, tr, type Lang, type Text } from "../i18n";
import { preview } from "../i18n/preview";
import type { MemoryWorkbook } from "../host";
import { downloadXlsx, FileProblem, openXlsx, saveName } from "./workbook/fileIO";

export interface FileBarProps {
  host: MemoryWorkbook;
  lang: Lang;
  /** The name of the file that was opened, if any. */
  fileName?: string;
  /** Called with the workbook read from a chosen file. */
  onOpened(host: MemoryWorkbook, fileName: string): void;
}

type Status = { kind: "busy"; text: Text } | { kind: "done"; text: Text } | { kind: "failed"; text: Text } | null;

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { flexBasis: "100%" },
});

const problemText = (err: unknown, fallback: Text): Text =>
  err instanceof FileProblem && isText(err.text)
    ? err.text
    : fillText(fallback, () => ({ file: "", detail: err instanceof Error ? err.message : String(err) }));

export function FileBar({ host, lang, fileName, onOpened }: FileBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.kind === "busy";

  const open = async (file: File) => {
    setStatus({ kind: "busy", text: fillText(preview.opening, () => ({ file: file.name })) });
    try {
      const opened = await openXlsx(file);
      onOpened(opened, file.name);
      setStatus({ kind: "done", text: fillText(preview.opened, () => ({ file: file.name })) });
    } catch (err) {
      setStatus({ kind: "failed", text: problemText(err, preview.openFailed) });
    }
  };
  const save = async () => {
    const name = saveName(fileName);
    setStatus({ kind: "busy", text: preview.saving });
    try {
      await downloadXlsx(host, name);
      setStatus({ kind: "done", text: fillText(preview.saved, () => ({ file: name })) });
    } catch (err) {
      setStatus({ kind: "failed", text: problemText(err, preview.saveFailed) });
    }
  };

  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label={tr(preview.open, lang)}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void open(file);
        }}
      />
      <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
        {tr(preview.open, lang)}
      </Button>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
        {tr(preview.save, lang)}
      </Button>
      <div className={styles.status} aria-live="polite">
        {status?.kind === "busy" && <Spinner size="tiny" labelPosition="after" label={tr(status.text, lang)} />}
        {status && status.kind !== "busy" && (
          <MessageBar intent={status.kind === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody>{tr(status.text, lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

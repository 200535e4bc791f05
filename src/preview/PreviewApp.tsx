// The preview page: the real task pane (the same App as in Excel, talking to
// the in-memory Excel through the injected services) beside the workbook view,
// under a header with the file buttons. It starts with the Umeå example plan.

import { useEffect, useMemo, useState } from "react";
import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { Services } from "../taskpane/services";
import { fillText, tr } from "../i18n";
import { preview } from "../i18n/preview";
import type { MemoryWorkbook } from "../host";
import { FileBar } from "./FileBar";
import { exampleWorkbook } from "./startup";
import { useRememberedLang } from "./useRememberedLang";
import { WorkbookView } from "./workbook/WorkbookView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", background: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  intro: { maxWidth: "80ch", margin: 0, color: tokens.colorNeutralForeground2 },
  main: { display: "flex", flex: 1, minHeight: 0 },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  workbook: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  starting: { padding: tokens.spacingHorizontalXXL },
});

interface Open {
  host: MemoryWorkbook;
  /** Counts opened workbooks, so the pane starts afresh on a new one. */
  generation: number;
  fileName?: string;
}

type Phase = { kind: "starting" } | { kind: "ready"; open: Open } | { kind: "failed"; detail: string; open: Open };

export interface PreviewAppProps {
  /** A new, empty in-memory workbook. */
  emptyWorkbook: () => MemoryWorkbook;
  /** "example" (the default): start with the Umeå example plan; "empty": start with an empty workbook. */
  startWith?: "example" | "empty";
}

export function PreviewApp({ emptyWorkbook, startWith = "example" }: PreviewAppProps) {
  const styles = useStyles();
  const lang = useRememberedLang();
  const [phase, setPhase] = useState<Phase>({ kind: "starting" });

  useEffect(() => {
    let live = true;
    const start = startWith === "empty" ? Promise.resolve(emptyWorkbook()) : exampleWorkbook(lang);
    start.then(
      (host) => live && setPhase({ kind: "ready", open: { host, generation: 1 } }),
      (err: unknown) =>
        live &&
        setPhase({ kind: "failed", detail: err instanceof Error ? err.message : String(err), open: { host: emptyWorkbook(), generation: 1 } }),
    );
    return () => {
      live = false;
    };
    // The example is made once, in the language the page starts in.
  }, []);

  useEffect(() => {
    document.title = tr(preview.pageTitle, lang);
    document.documentElement.lang = lang === "sv" ? "sv-SE" : "en";
  }, [lang]);

  const open = phase.kind === "starting" ? null : phase.open;
  const services = useMemo<Services | null>(
    () => (open ? { run: open.host.run, caps: open.host.capabilities, host: "preview" } : null),
    [open],
  );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
            {tr(preview.heading, lang)}
          </Text>
          <Body1 as="p" className={styles.intro}>
            {tr(preview.intro, lang)}
          </Body1>
        </div>
        {open && (
          <FileBar
            host={open.host}
            lang={lang}
            fileName={open.fileName}
            onOpened={(host, fileName) => setPhase({ kind: "ready", open: { host, fileName, generation: open.generation + 1 } })}
          />
        )}
      </header>
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{tr(fillText(preview.startFailed, () => ({ detail: phase.detail })), lang)}</MessageBarBody>
        </MessageBar>
      )}
      {open && services ? (
        <main className={styles.main}>
          <section className={styles.pane} aria-label={tr(preview.paneRegion, lang)} data-region="pane">
            <App key={open.generation} services={services} displayLanguage={lang} />
          </section>
          <section className={styles.workbook} aria-label={tr(preview.workbookRegion, lang)} data-region="workbook">
            <WorkbookView key={open.generation} host={open.host} lang={lang} />
          </section>
        </main>
      ) : (
        <main className={styles.starting}>
          <Spinner label={tr(preview.starting, lang)} />
        </main>
      )}
    </div>
  );
}

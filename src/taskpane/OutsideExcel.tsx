// What the pane shows when it is not running inside Excel (opened in a plain
// browser, another Office application, or Office.js could not load): a plain
// notice in both languages that points to the browser preview. Never a blank page.

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, localeOf, tr } from "../i18n";
import { outside } from "../i18n/ui";
import { Notice } from "./Notice";

/** Why the pane cannot work: no Office host, Office.js missing, or another Office application. */
export type OutsideReason = { kind: "noHost" } | { kind: "noOffice" } | { kind: "otherHost"; host: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export function OutsideExcel({ reason, previewUrl = "preview.html" }: { reason: OutsideReason; previewUrl?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      {LANGS.map((lang) => (
        <Notice key={lang} intent="warning" title={tr(outside.title, lang)} lang={localeOf(lang)}>
          {reason.kind === "noOffice" && <p>{tr(outside.noOffice, lang)}</p>}
          {reason.kind === "otherHost" && <p>{tr(outside.otherHost, lang, { host: reason.host })}</p>}
          <p>{tr(outside.body, lang)}</p>
          <Link href={previewUrl}>{tr(outside.previewLink, lang)}</Link>
        </Notice>
      ))}
    </main>
  );
}

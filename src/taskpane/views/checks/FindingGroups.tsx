// The findings the filters let through, one section per area (DATA, ORG, DOC, PLAN,
// BUD) with a heading that counts them. A long area shows its first findings and a
// button for more, so that a very large result stays quick to show.

import { useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { checksView } from "../../../i18n/checks";
import { FindingItem, type FindingItemProps } from "./FindingItem";
import type { AreaGroup } from "./model";

/** Findings shown per area at first, and added per "show more". */
export const PAGE = 50;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  more: { alignSelf: "flex-start" },
});

type ItemActions = Omit<FindingItemProps, "finding">;

function AreaSection({ group, ...actions }: { group: AreaGroup } & ItemActions) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState(PAGE);
  const headingId = `checks-area-${group.id}`;
  const rest = group.findings.length - shown;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-area={group.id}>
      <Text as="h4" id={headingId} size={300} weight="semibold">
        {t(checksView.areaHeading, { area: t(group.name), n: formatNumber(group.findings.length, lang) })}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {group.findings.slice(0, shown).map((f) => (
          <FindingItem key={`${f.rule}|${f.key}`} finding={f} {...actions} />
        ))}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {t(checksView.showMore, { n: formatNumber(Math.min(PAGE, rest), lang) })}
        </Button>
      )}
    </section>
  );
}

export function FindingGroups({ groups, ...actions }: { groups: readonly AreaGroup[] } & ItemActions) {
  return (
    <>
      {groups.map((group) => (
        <AreaSection key={group.id} group={group} {...actions} />
      ))}
    </>
  );
}

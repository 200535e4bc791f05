// The plain notice shown in place of a view that is not built yet.

import { useT } from "../lang";
import { shell } from "../../i18n/ui";
import { Notice } from "../Notice";

export function NotBuilt({ label }: { label: string }) {
  const t = useT();
  return (
    <Notice intent="info" title={t(shell.notBuiltTitle)}>
      {t(shell.notBuilt, { view: label })}
    </Notice>
  );
}

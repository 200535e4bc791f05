// The plain notice shown in place of a view that is not built yet.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "../../i18n";
import { shell } from "../../i18n/ui";

export function NotBuilt({ label }: { label: string }) {
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(shell.notBuiltTitle)}</MessageBarTitle>
        {t(shell.notBuilt, { view: label })}
      </MessageBarBody>
    </MessageBar>
  );
}

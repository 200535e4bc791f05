// A message in the pane: a Fluent MessageBar with a title and a body, used for
// every result, notice and failure so they look and read the same everywhere.

import type { ReactNode } from "react";
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import { useT } from "./lang";
import type { Text } from "../workbook/layout";

export interface NoticeProps {
  intent: MessageBarIntent;
  title: string;
  /** The body: plain text becomes a paragraph. */
  children?: ReactNode;
  /** Buttons shown with the message. */
  actions?: ReactNode;
  lang?: string;
}

export function Notice({ intent, title, children, actions, lang }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" lang={lang}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {typeof children === "string" ? <p>{children}</p> : children}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

/** Features a command left out because this Excel lacks an API: one warning listing them; nothing when none. */
export function NoticeList({ title, notices }: { title: string; notices: readonly Text[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <Notice intent="warning" title={title}>
      <ul>
        {notices.map((notice) => (
          <li key={notice.en}>{t(notice)}</li>
        ))}
      </ul>
    </Notice>
  );
}

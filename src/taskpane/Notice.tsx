// A message in the pane: a Fluent MessageBar with a title and a body, used for
// every result, notice and failure so they look and read the same everywhere.

import type { ReactNode } from "react";
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";

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

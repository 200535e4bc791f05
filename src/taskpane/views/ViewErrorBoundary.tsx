// Catches a view that fails to load (its chunk could not be fetched) or to render,
// and shows a bilingual message with a retry button instead of a blank panel.

import { Component, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { tr, type Lang } from "../../i18n";
import { LangContext } from "../lang";
import { shell } from "../../i18n/ui";
import { errorText } from "../errors";
import { Notice } from "../Notice";

interface Props {
  children: ReactNode;
  /** Called before the view is tried again. */
  onRetry: () => void;
}

export class ViewErrorBoundary extends Component<Props, { error: unknown }> {
  static override contextType = LangContext;
  declare context: Lang;
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error("unknown") };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined });
  };

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const lang = this.context;
    return (
      <Notice
        intent="error"
        title={tr(shell.viewFailedTitle, lang)}
        actions={<Button onClick={this.retry}>{tr(shell.retry, lang)}</Button>}
      >
        {tr(errorText(error), lang)}
      </Notice>
    );
  }
}

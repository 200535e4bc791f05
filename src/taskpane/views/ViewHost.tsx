// Shows one view from the registry: loads its module lazily (spinner meanwhile),
// guards it with the error boundary, or shows the "not built yet" notice.

import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from "react";
import { Spinner } from "@fluentui/react-components";
import { useT } from "../lang";
import { shell } from "../../i18n/ui";
import { NotBuilt } from "./NotBuilt";
import type { ViewDef } from "./registry";
import { ViewErrorBoundary } from "./ViewErrorBoundary";

type Loader = NonNullable<ViewDef["load"]>;
const loaded = new Map<Loader, LazyExoticComponent<ComponentType>>();

function lazyView(load: Loader): LazyExoticComponent<ComponentType> {
  let view = loaded.get(load);
  if (!view) {
    view = lazy(load);
    loaded.set(load, view);
  }
  return view;
}

export function ViewHost({ view }: { view: ViewDef }) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const { load } = view;
  if (!load) return <NotBuilt label={t(view.label)} />;
  const View = lazyView(load);
  const retry = () => {
    loaded.delete(load); // a failed import stays failed in its lazy(): start afresh
    setAttempt((n) => n + 1);
  };
  return (
    <ViewErrorBoundary key={attempt} onRetry={retry}>
      <Suspense fallback={<Spinner size="small" label={t(shell.loadingView)} />}>
        <View />
      </Suspense>
    </ViewErrorBoundary>
  );
}

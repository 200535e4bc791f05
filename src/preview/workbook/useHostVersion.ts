// A counter that goes up every time the in-memory workbook changes, so the
// workbook view re-reads its model (the host calls its listeners after a sync).

import { useEffect, useState } from "react";

export interface ChangeSource {
  onChange(listener: () => void): () => void;
}

export function useHostVersion(host: ChangeSource): number {
  const [version, setVersion] = useState(0);
  useEffect(() => host.onChange(() => setVersion((n) => n + 1)), [host]);
  return version;
}

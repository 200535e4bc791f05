// The preview page's language: the one the task pane's language switch chose
// (the pane remembers it in localStorage), else the browser's. The pane's
// switch is a native select, so a change event anywhere on the page is the cue
// to read the remembered choice again.

import { useEffect, useState } from "react";
import { initialLang, storedLang, type Lang } from "../i18n";

export function useRememberedLang(): Lang {
  const [lang, setLang] = useState<Lang>(() => initialLang(globalThis.navigator?.language));
  useEffect(() => {
    // The pane stores its choice in its own change handler, which runs after this capturing listener.
    const reread = () => setTimeout(() => setLang((prev) => storedLang() ?? prev), 0);
    document.addEventListener("change", reread, true);
    return () => document.removeEventListener("change", reread, true);
  }, []);
  return lang;
}

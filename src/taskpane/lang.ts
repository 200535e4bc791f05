// The React context that carries the chosen language through the task pane
// (and the preview around it): useLang for the language, useT for a translator
// bound to it. The language itself and tr() live in the React-free i18n module.

import { createContext, useContext } from "react";
import { tr, type Lang, type Text, type Vars } from "../i18n";

/** The task pane's current language; provided by the app shell. */
export const LangContext = createContext<Lang>("sv");

/** The current UI language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A translator bound to the current UI language: `t(ui.someText, { n: 3 })`. */
export function useT(): (text: Text, vars?: Vars) => string {
  const lang = useContext(LangContext);
  return (text: Text, vars?: Vars) => tr(text, lang, vars);
}

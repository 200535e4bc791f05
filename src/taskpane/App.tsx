// The task pane's shell: title, language switch and one tab per registered view.
// Provides the injected services and the chosen language to every view.

import { useState } from "react";
import { makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { initialLang, localeOf, storeLang, tr, type Lang } from "../i18n";
import { LangContext } from "./lang";
import { shell } from "../i18n/ui";
import { LanguageSwitch } from "./LanguageSwitch";
import { ServicesContext, type Services } from "./services";
import { VIEWS, type ViewDef } from "./views/registry";
import { ViewHost } from "./views/ViewHost";

export interface AppProps {
  services: Services;
  /** Office's display language ("sv-SE", "en-US"); used when the user has not picked one. */
  displayLanguage?: string;
  /** The views to offer; the registry's by default. */
  views?: readonly ViewDef[];
  /** Told when the user switches language (the preview page follows the pane). */
  onLangChange?: (lang: Lang) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function App({ services, displayLanguage, views = VIEWS, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => initialLang(displayLanguage));
  const [selected, setSelected] = useState(views[0]?.id);
  // Views stay mounted once opened, so results survive a switch of tabs.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(selected ? [selected] : []));

  const chooseLang = (next: Lang) => {
    setLang(next);
    storeLang(next);
    onLangChange?.(next);
  };
  const select = (id: string) => {
    setSelected(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  };

  return (
    <ServicesContext.Provider value={services}>
      <LangContext.Provider value={lang}>
        {/* A named region, so that all the pane's content sits in a landmark (also when the preview embeds it). */}
        <section className={styles.root} lang={localeOf(lang)} aria-label={tr(shell.appName, lang)}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Text as="h1" size={500} weight="semibold">
                {tr(shell.appName, lang)}
              </Text>
              <Text size={200}>{tr(shell.tagline, lang)}</Text>
            </div>
            <LanguageSwitch value={lang} onChange={chooseLang} />
          </header>
          <TabList
            selectedValue={selected}
            onTabSelect={(_, data) => select(String(data.value))}
            aria-label={tr(shell.views, lang)}
          >
            {views.map((view) => (
              <Tab key={view.id} value={view.id} id={`tab-${view.id}`} aria-controls={opened.has(view.id) ? `panel-${view.id}` : undefined}>
                {tr(view.label, lang)}
              </Tab>
            ))}
          </TabList>
          {views
            .filter((view) => opened.has(view.id))
            .map((view) => (
              <section
                key={view.id}
                id={`panel-${view.id}`}
                role="tabpanel"
                aria-labelledby={`tab-${view.id}`}
                hidden={view.id !== selected}
                className={styles.panel}
              >
                <ViewHost view={view} />
              </section>
            ))}
        </section>
      </LangContext.Provider>
    </ServicesContext.Provider>
  );
}

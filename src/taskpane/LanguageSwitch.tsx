// The pane's language picker (Svenska / English), each language named in itself.

import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { isLang, LANGS, type Lang } from "../i18n";
import { useT } from "./lang";
import { shell } from "../i18n/ui";

const useStyles = makeStyles({
  // A horizontal Field gives its label a third of the width, which cut "Language"
  // short in a narrow pane: here the label takes what it needs.
  field: { gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalS },
});

export function LanguageSwitch({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <Field label={t(shell.language)} orientation="horizontal" size="small" className={styles.field}>
      <Select
        size="small"
        value={value}
        onChange={(_, data) => {
          if (isLang(data.value)) onChange(data.value);
        }}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {shell.languageNames[lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

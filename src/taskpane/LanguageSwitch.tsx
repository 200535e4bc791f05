// The pane's language picker (Svenska / English), each language named in itself.

import { Field, Select } from "@fluentui/react-components";
import { isLang, LANGS, useT, type Lang } from "../i18n";
import { shell } from "../i18n/ui";

export function LanguageSwitch({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  return (
    <Field label={t(shell.language)} orientation="horizontal" size="small">
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

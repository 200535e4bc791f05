// The ribbon's function file (loaded by commands.html): associates every
// registered ribbon command with Office once Office.js is ready. The
// "Show task pane" button needs no code: Office opens the pane itself.

import { initialLang } from "../i18n";
import { officeDisplayLanguage, officeServices } from "../excel/office";
import { associateAll } from "./associate";
import { RIBBON_COMMANDS } from "./registry";

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    associateAll(
      RIBBON_COMMANDS,
      (id, handler) => Office.actions.associate(id, handler),
      () => {
        const { run, caps } = officeServices();
        return { run, caps, lang: initialLang(officeDisplayLanguage()) };
      },
    );
  });
}

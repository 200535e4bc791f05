// Which edits need an Excel API newer than the manifest's minimum (ExcelApi 1.7,
// volume-licensed Office 2019), and what to tell the user when it is missing.

import { structureText } from "../i18n/structure";
import type { Edit } from "../workbook/edits";
import type { Text } from "../workbook/layout";
import { DROPDOWN_API, TABLE_RESIZE_API } from "../workbook/structure";
import type { Capabilities } from "./api";

/** The requirement set the manifest declares; everything at or below it needs no check. */
export const MINIMUM_EXCEL_API = "1.7";

interface Requirement {
  version: string;
  notice: Text;
}

/** Edit kinds that need a newer requirement set than MINIMUM_EXCEL_API. */
const REQUIREMENTS: Partial<Record<Edit["kind"], Requirement>> = {
  listValidation: { version: DROPDOWN_API, notice: structureText.validationUnsupported },
  pageLayout: { version: "1.9", notice: structureText.pageLayoutUnsupported },
  resizeTable: { version: TABLE_RESIZE_API, notice: structureText.resizeUnsupported },
};

/** The notice to give instead of applying `edit`, or null when this Excel supports it. */
export function unsupportedNotice(edit: Pick<Edit, "kind">, caps: Capabilities): Text | null {
  const req = REQUIREMENTS[edit.kind];
  return req && !caps.isSetSupported("ExcelApi", req.version) ? req.notice : null;
}

/** Adds `notice` to `notices` unless an equal one is already there. */
export function addNotice(notices: Text[], notice: Text): void {
  if (!notices.some((n) => n.sv === notice.sv && n.en === notice.en)) notices.push(notice);
}

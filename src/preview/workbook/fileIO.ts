// Opening and saving .xlsx in the preview, through the in-memory Excel's
// ExcelJS I/O: read a chosen file into a new MemoryWorkbook (the open one is
// left as it is when that fails), and download the workbook as a file.

import { MemoryWorkbook } from "../../host";
import { fillText, type Text } from "../../i18n";
import { preview } from "../../i18n/preview";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The error's own text, for the details part of a message. */
function detail(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err ?? "");
}

/** What went wrong opening or saving a file, as a bilingual message for the user. */
export class FileProblem extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** Reads an .xlsx file into a new in-memory workbook; rejects with a FileProblem. */
export async function openXlsx(file: File): Promise<MemoryWorkbook> {
  if (!/\.xlsx$/i.test(file.name)) throw new FileProblem(fillText(preview.notXlsx, () => ({ file: file.name })));
  try {
    return await MemoryWorkbook.fromXlsx(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    throw new FileProblem(fillText(preview.openFailed, () => ({ file: file.name, detail: detail(err) })));
  }
}

/** A file name for saving: the opened file's, else one naming the preview. */
export function saveName(openedName: string | undefined): string {
  return openedName && /\.xlsx$/i.test(openedName) ? openedName : "Radsplan-forhandsvisning.xlsx";
}

/** Saves the workbook as an .xlsx download; rejects with a bilingual message. */
export async function downloadXlsx(host: MemoryWorkbook, fileName: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await host.toXlsx();
  } catch (err) {
    throw new FileProblem(fillText(preview.saveFailed, () => ({ detail: detail(err) })));
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

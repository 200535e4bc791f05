import type { WorkbookModel } from "../model/workbookModel";
export async function writeXlsx(_model: WorkbookModel): Promise<Uint8Array> {
  throw new Error("MemoryWorkbook.toXlsx is not implemented yet");
}

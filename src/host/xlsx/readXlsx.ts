import type { WorkbookModel } from "../model/workbookModel";
export async function readXlsx(_data: ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  throw new Error("MemoryWorkbook.fromXlsx is not implemented yet");
}

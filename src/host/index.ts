// The in-memory Excel (see SUBSET.md for the Office.js subset it implements).

export { MemoryWorkbook, type MemoryWorkbookOptions } from "./memoryWorkbook";
export { OfficeApiError, type OfficeErrorCode } from "./errors";
export { REQUEST_LIMIT_BYTES, type HostStats } from "./api/context";
export { WorkbookModel } from "./model/workbookModel";
export { SheetModel, type CellInfo, type Cell, type Scalar, type Visibility } from "./model/sheetModel";
export { TableModel } from "./model/tableModel";
export { ChartModel, type ChartSeriesModel, type AreaRef } from "./model/chartModel";
export type { ValidationModel, ValidationRule } from "./model/validations";
export type { PageLayoutModel } from "./model/pageLayout";
export type { Rect } from "./model/rect";
export { formatRect, formatAddress, parseRef, quoteSheetName } from "./addresses";

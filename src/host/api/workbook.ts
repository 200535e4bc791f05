// Excel.Workbook and Excel.Application in the in-memory host: the entry
// points of a request context (worksheets, tables, selection) and the
// calculation switches, which the host accepts and otherwise ignores
// (formulas are computed whenever they are read).

import type { WorkbookModel } from "../model/workbookModel";
import { ClientObj, type ScalarDef } from "./clientObject";
import type { HostContext } from "./context";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheets";

const WORKBOOK_SCALARS: Record<string, ScalarDef<WorkbookModel>> = {
  name: { get: () => "Book1.xlsx", requires: "1.7" },
};

export class WorkbookProxy extends ClientObj<WorkbookModel> {
  private _worksheets?: WorksheetCollectionProxy;
  private _tables?: TableCollectionProxy;
  private _application?: ApplicationProxy;

  constructor(context: HostContext) {
    super(context, null, ["workbook"], () => context.host.model, { preset: context.host.model });
  }

  get _className(): string {
    return "Workbook";
  }
  protected _scalars() {
    return WORKBOOK_SCALARS;
  }
  protected override _navs() {
    return { worksheets: () => this.worksheets, tables: () => this.tables, application: () => this.application };
  }

  get name(): string {
    return this._get("name");
  }

  get worksheets(): WorksheetCollectionProxy {
    return (this._worksheets ??= new WorksheetCollectionProxy(this.context, this, ["worksheets"], (_e, b) => b as WorkbookModel));
  }

  get tables(): TableCollectionProxy {
    return (this._tables ??= new TableCollectionProxy(this.context, this, ["tables"], (_e, b) => ({ book: b as WorkbookModel })));
  }

  get application(): ApplicationProxy {
    return (this._application ??= new ApplicationProxy(this.context, this, ["application"], (_e, b) => b as WorkbookModel));
  }

  /** The selected cells of the active sheet (A1 until something is selected). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, this, ["getSelectedRange"], (_e, b) => {
      const sheet = (b as WorkbookModel).activeSheet;
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, this, ["getActiveCell"], (exec, b) => {
      exec.requireApi("1.7", "Workbook.getActiveCell");
      const sheet = (b as WorkbookModel).activeSheet;
      return { sheet, rect: { r0: sheet.selection.r0, c0: sheet.selection.c0, r1: sheet.selection.r0, c1: sheet.selection.c0 } };
    });
  }
}

const APPLICATION_SCALARS: Record<string, ScalarDef<WorkbookModel>> = {
  calculationMode: { get: () => "Automatic" },
};

export class ApplicationProxy extends ClientObj<WorkbookModel> {
  get _className(): string {
    return "Application";
  }
  protected _scalars() {
    return APPLICATION_SCALARS;
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  suspendApiCalculationUntilNextSync(): void {
    this._action("suspendApiCalculationUntilNextSync", [], () => {}, "1.6");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._action("suspendScreenUpdatingUntilNextSync", [], () => {}, "1.9");
  }
  calculate(calculationType: string): void {
    this._action("calculate", [calculationType], () => {});
  }
}

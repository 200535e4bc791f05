// Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom / fit to
// pages, print title rows and the default header and footer texts.

import { parseRef } from "../addresses";
import { invalidArgument } from "../errors";
import { MAX_COLUMNS } from "../model/rect";
import { PAPER_TYPES, type HeaderFooterTexts, type PageZoom } from "../model/pageLayout";
import type { SheetModel } from "../model/sheetModel";
import { ClientObj, type ScalarDef } from "./clientObject";
import { RangeProxy } from "./range";

const PAGE_SCALARS: Record<string, ScalarDef<SheetModel>> = {
  orientation: { get: (s) => s.pageLayout.orientation },
  paperSize: { get: (s) => s.pageLayout.paperSize },
  zoom: { get: (s) => ({ ...s.pageLayout.zoom }) },
};

function zoomOf(v: unknown, where: string): PageZoom {
  if (typeof v !== "object" || v === null) throw invalidArgument("zoom is an object such as { scale: 100 } or { horizontalFitToPages: 1, verticalFitToPages: 0 }.", where);
  const z = v as PageZoom;
  const out: PageZoom = {};
  if (z.scale !== undefined) {
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400) throw invalidArgument("zoom.scale must be from 10 to 400.", where);
    out.scale = z.scale;
  }
  for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const n = z[k];
    if (n === undefined) continue;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 32767) throw invalidArgument(`zoom.${k} must be a whole number from 0 to 32767.`, where);
    out[k] = n;
  }
  if (out.scale === undefined && out.horizontalFitToPages === undefined && out.verticalFitToPages === undefined) {
    throw invalidArgument("zoom needs scale or horizontalFitToPages / verticalFitToPages.", where);
  }
  return out;
}

export class PageLayoutProxy extends ClientObj<SheetModel> {
  private _headersFooters?: HeaderFooterGroupProxy;

  get _className(): string {
    return "PageLayout";
  }
  protected _scalars() {
    return PAGE_SCALARS;
  }
  protected override _navs() {
    return { headersFooters: () => this.headersFooters };
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v, (s) => {
      if (v !== "Portrait" && v !== "Landscape") throw invalidArgument('orientation must be "Portrait" or "Landscape".', "PageLayout.orientation");
      s.pageLayout.orientation = v;
    });
  }

  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (s) => {
      if (!(PAPER_TYPES as readonly string[]).includes(v)) throw invalidArgument(`${JSON.stringify(v)} is not an Excel.PaperType (e.g. "A4", "Letter").`, "PageLayout.paperSize");
      s.pageLayout.paperSize = v;
    });
  }

  get zoom(): PageZoom {
    return this._get("zoom");
  }
  set zoom(v: PageZoom) {
    this._set("zoom", v, (s) => {
      s.pageLayout.zoom = zoomOf(v, "PageLayout.zoom");
    });
  }

  get headersFooters(): HeaderFooterGroupProxy {
    return (this._headersFooters ??= new HeaderFooterGroupProxy(this.context, this, ["headersFooters"], (_e, s) => s as SheetModel));
  }

  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this._action("setPrintTitleRows", [typeof titleRows === "string" ? titleRows : { range: titleRows._id }], (s, exec) => {
      const where = "PageLayout.setPrintTitleRows";
      let rows: { r0: number; r1: number } | null = null;
      if (typeof titleRows === "string") {
        const parsed = parseRef(titleRows);
        if (parsed && (parsed.sheet === undefined || parsed.sheet.toLowerCase() === s.name.toLowerCase())) rows = parsed.rect;
      } else {
        const ref = titleRows._targetFor(exec);
        if (ref && ref.sheet === s) rows = ref.rect;
      }
      if (!rows) throw invalidArgument(`Print title rows must be rows of this sheet, e.g. "$1:$3"; got ${JSON.stringify(typeof titleRows === "string" ? titleRows : "a range")}.`, where);
      s.pageLayout.printTitleRows = { r0: rows.r0, r1: rows.r1, c0: 0, c1: MAX_COLUMNS - 1 };
    });
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, this, ["getPrintTitleRowsOrNullObject"], (_e, p) => {
      const s = p as SheetModel;
      return s.pageLayout.printTitleRows ? { sheet: s, rect: s.pageLayout.printTitleRows } : null;
    });
  }
}

export class HeaderFooterGroupProxy extends ClientObj<SheetModel> {
  private _default?: HeaderFooterProxy;

  get _className(): string {
    return "HeaderFooterGroup";
  }
  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    return { state: { get: () => "Default" } };
  }
  protected override _navs() {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
  get state(): string {
    return this._get("state");
  }
  get defaultForAllPages(): HeaderFooterProxy {
    return (this._default ??= new HeaderFooterProxy(this.context, this, ["defaultForAllPages"], (_e, s) => s as SheetModel));
  }
}

const HF_KEYS: (keyof HeaderFooterTexts)[] = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
const HF_SCALARS: Record<string, ScalarDef<SheetModel>> = Object.fromEntries(HF_KEYS.map((k) => [k, { get: (s: SheetModel) => s.pageLayout.headersFooters[k] }]));

/** The six section texts of a header/footer; each is a loaded string that can be set. */
export class HeaderFooterProxy extends ClientObj<SheetModel> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  static {
    for (const k of HF_KEYS) {
      Object.defineProperty(this.prototype, k, {
        get(this: HeaderFooterProxy) {
          return this._get(k);
        },
        set(this: HeaderFooterProxy, v: string) {
          this._set(k, v, (s) => {
            if (typeof v !== "string") throw invalidArgument(`${k} must be a string.`, `HeaderFooter.${k}`);
            s.pageLayout.headersFooters[k] = v;
          });
        },
        configurable: true,
      });
    }
  }

  get _className(): string {
    return "HeaderFooter";
  }
  protected _scalars() {
    return HF_SCALARS;
  }
}

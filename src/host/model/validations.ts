// Data validations of one sheet, kept as Excel keeps them: a rule with the
// list of rectangles it covers (a validation over 10 000 rows is one entry,
// not 10 000). Setting a rule on a range first removes that range from every
// other validation, as Excel does.

import { intersection, intersects, subtract, type Rect, contains } from "./rect";

export interface ListRule {
  inCellDropDown: boolean;
  /** Comma-separated values, or a formula starting with "=". */
  source: string;
}

export interface ValidationRule {
  list?: ListRule;
  /** A non-list rule read from a file, kept as its XML attributes and formulas so it survives a round trip. */
  other?: { type: string; attributes: Record<string, string>; formula1?: string; formula2?: string };
}

export interface ErrorAlert {
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}

export interface ValidationModel {
  rects: Rect[];
  rule: ValidationRule;
  errorAlert: ErrorAlert;
  ignoreBlanks: boolean;
  /**
   * Attributes of a list validation read from a file that the host does not model
   * (the input message: showInputMessage, promptTitle, prompt; imeMode...), written
   * back as they were.
   */
  kept?: Record<string, string>;
}

export const DEFAULT_ERROR_ALERT: ErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };

const sameSettings = (a: ValidationModel, b: Omit<ValidationModel, "rects">): boolean =>
  JSON.stringify([a.rule, a.errorAlert, a.ignoreBlanks, a.kept ?? {}]) === JSON.stringify([b.rule, b.errorAlert, b.ignoreBlanks, b.kept ?? {}]);

export class ValidationStore {
  private items: ValidationModel[] = [];

  list(): readonly ValidationModel[] {
    return this.items;
  }

  /** Removes `area` from every validation. */
  clear(area: Rect): void {
    for (const v of this.items) v.rects = v.rects.flatMap((r) => subtract(r, area));
    this.items = this.items.filter((v) => v.rects.length > 0);
  }

  /** Gives `area` this validation (replacing whatever covered it). */
  set(area: Rect, settings: Omit<ValidationModel, "rects">): void {
    this.clear(area);
    const twin = this.items.find((v) => sameSettings(v, settings));
    if (twin) addMerged(twin.rects, area);
    else this.items.push({ ...settings, rects: [area] });
  }

  /** The validations that touch `area`, and whether one of them covers all of it. */
  at(area: Rect): { touching: ValidationModel[]; covering: ValidationModel | null } {
    const touching = this.items.filter((v) => v.rects.some((r) => intersects(r, area)));
    const covering =
      touching.length === 1 && coveredBy(touching[0].rects, area) ? touching[0] : null;
    return { touching, covering };
  }

  /** Changes settings of the validations within `area` (the parts outside keep theirs). */
  update(area: Rect, change: (v: ValidationModel) => Partial<Omit<ValidationModel, "rects">>): void {
    for (const v of this.at(area).touching) {
      const inside = v.rects.map((r) => intersection(r, area)).filter((r): r is Rect => r !== null);
      const next = { rule: v.rule, errorAlert: v.errorAlert, ignoreBlanks: v.ignoreBlanks, ...(v.kept ? { kept: v.kept } : {}), ...change(v) };
      for (const r of inside) this.set(r, next);
    }
  }

  /** Adds a validation as read from a file. */
  load(v: ValidationModel): void {
    this.items.push(v);
  }
}

/** Whether the union of `rects` (disjoint) covers `area`. */
function coveredBy(rects: Rect[], area: Rect): boolean {
  let rest: Rect[] = [area];
  for (const r of rects) rest = rest.flatMap((p) => subtract(p, r));
  return rest.length === 0;
}

/** Adds `area` to `rects`, joining it with a rectangle it extends vertically or horizontally. */
function addMerged(rects: Rect[], area: Rect): void {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (contains(r, area)) return;
    const sameCols = r.c0 === area.c0 && r.c1 === area.c1;
    const sameRows = r.r0 === area.r0 && r.r1 === area.r1;
    if (sameCols && (r.r1 + 1 === area.r0 || area.r1 + 1 === r.r0)) {
      rects[i] = { ...r, r0: Math.min(r.r0, area.r0), r1: Math.max(r.r1, area.r1) };
      return;
    }
    if (sameRows && (r.c1 + 1 === area.c0 || area.c1 + 1 === r.c0)) {
      rects[i] = { ...r, c0: Math.min(r.c0, area.c0), c1: Math.max(r.c1, area.c1) };
      return;
    }
  }
  rects.push(area);
}

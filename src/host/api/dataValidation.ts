// Range.dataValidation (ExcelApi 1.8): list rules with an in-cell dropdown,
// the error alert and clear(). Setting a rule replaces any rule the cells had.
// Like Excel, a comma-separated list source may have at most 255 characters.

import { formatAddress } from "../addresses";
import { invalidArgument } from "../errors";
import type { Rect } from "../model/rect";
import { DEFAULT_ERROR_ALERT, type ErrorAlert, type ValidationModel, type ValidationRule } from "../model/validations";
import { ClientObj, type ScalarDef } from "./clientObject";
import type { Exec } from "./context";
import type { RangeProxy, RangeRef } from "./range";

type Cell = string | number | boolean;

const VALIDATION_SCALARS: Record<string, ScalarDef<RangeRef>> = {
  rule: { get: (t) => ruleOf(t) },
  type: { get: (t) => typeOf(t) },
  errorAlert: { get: (t) => ({ ...(covering(t)?.errorAlert ?? DEFAULT_ERROR_ALERT) }) },
  ignoreBlanks: { get: (t) => covering(t)?.ignoreBlanks ?? true },
  prompt: { get: () => ({ showPrompt: false, title: "", message: "" }) },
  valid: { get: (t, exec) => validity(t, exec) },
};

const covering = (t: RangeRef): ValidationModel | null => t.sheet.validationStore.at(t.rect).covering;

function ruleOf(t: RangeRef): unknown {
  const v = covering(t);
  if (v?.rule.list) return { list: { ...v.rule.list } };
  return {};
}

function typeOf(t: RangeRef): string {
  const { touching, covering: cover } = t.sheet.validationStore.at(t.rect);
  if (touching.length === 0) return "None";
  if (!cover) return "Inconsistent";
  return cover.rule.list ? "List" : "Custom";
}

/** The allowed values of a list rule: its items, or the cells its formula points at. */
function allowedValues(t: RangeRef, source: string): Cell[] | null {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const book = t.sheet.book;
  const formula = source.slice(1).trim();
  const indirect = /^INDIRECT\(\s*"(.*)"\s*\)$/i.exec(formula);
  const target = indirect ? indirect[1] : formula;
  const structured = /^([^[\]]+)\[(.*)\]$/.exec(target);
  const area = structured ? book.structured(structured[1], structured[2]) : null;
  if (area) return area.sheet.readValues(area.rect).flat();
  return null;
}

function validity(t: RangeRef, _exec: Exec): boolean | null {
  const rule = covering(t)?.rule.list;
  if (!rule) return true;
  const allowed = allowedValues(t, rule.source);
  if (!allowed) return true;
  const set = new Set(allowed.map((v) => String(v).toLowerCase()));
  let ok = 0;
  let bad = 0;
  for (const v of t.sheet.readValues(t.rect).flat()) {
    if (v === "") continue;
    if (set.has(String(v).toLowerCase())) ok++;
    else bad++;
  }
  return bad === 0 ? true : ok === 0 ? false : null;
}

function listRule(rule: unknown, exec: Exec, where: string): ValidationRule {
  if (typeof rule !== "object" || rule === null) throw invalidArgument("A data validation rule is an object such as { list: { inCellDropDown: true, source: \"a,b\" } }.", where);
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) throw invalidArgument("A data validation rule must have exactly one criterion (e.g. list).", where);
  const list = (rule as { list?: { inCellDropDown?: unknown; source?: unknown } }).list;
  if (!list) throw invalidArgument(`The in-memory Excel supports list rules only, not ${kinds[0]}.`, where);
  let source: string;
  if (typeof list.source === "string") source = list.source;
  else if (list.source && typeof list.source === "object" && "_targetFor" in list.source) {
    const ref = (list.source as RangeProxy)._targetFor(exec);
    if (!ref) throw invalidArgument("The list source range does not exist.", where);
    source = "=" + formatAddress(ref.sheet.name, ref.rect, true);
  } else throw invalidArgument("A list rule needs a source: comma-separated values or a formula starting with \"=\".", where);
  if (source.trim() === "" || source.trim() === "=") throw invalidArgument("A list rule's source cannot be empty.", where);
  if (!source.startsWith("=") && source.length > 255) {
    throw invalidArgument(`A list of values may have at most 255 characters (this one has ${source.length}); put the values in cells and refer to them instead.`, where);
  }
  return { list: { inCellDropDown: list.inCellDropDown === undefined ? true : Boolean(list.inCellDropDown), source } };
}

function alertOf(v: unknown, base: ErrorAlert, where: string): ErrorAlert {
  if (typeof v !== "object" || v === null) throw invalidArgument("errorAlert is an object such as { showAlert: true, style: \"Stop\", title, message }.", where);
  const a = { ...base, ...(v as Partial<ErrorAlert>) };
  if (!["Stop", "Warning", "Information"].includes(a.style)) throw invalidArgument('errorAlert.style must be "Stop", "Warning" or "Information".', where);
  return { showAlert: Boolean(a.showAlert), style: a.style, title: String(a.title ?? ""), message: String(a.message ?? "") };
}

export class DataValidationProxy extends ClientObj<RangeRef> {
  get _className(): string {
    return "DataValidation";
  }
  protected _scalars() {
    return VALIDATION_SCALARS;
  }

  get rule(): unknown {
    return this._get("rule");
  }
  set rule(v: unknown) {
    this._set("rule", v, (t, exec) => {
      const rule = listRule(v, exec, "DataValidation.rule");
      const old = covering(t);
      t.sheet.validationStore.set(t.rect, { rule, errorAlert: old?.errorAlert ?? { ...DEFAULT_ERROR_ALERT }, ignoreBlanks: old?.ignoreBlanks ?? true });
    });
  }

  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }
  get prompt(): unknown {
    return this._get("prompt");
  }

  get errorAlert(): ErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(v: ErrorAlert) {
    this._set("errorAlert", v, (t) => t.sheet.validationStore.update(t.rect, (old) => ({ errorAlert: alertOf(v, old.errorAlert, "DataValidation.errorAlert") })));
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (t) => t.sheet.validationStore.update(t.rect, () => ({ ignoreBlanks: Boolean(v) })));
  }

  clear(): void {
    this._action("clear", [], (t) => t.sheet.validationStore.clear(t.rect as Rect));
  }
}
